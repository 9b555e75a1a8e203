package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Exercise options-1: both ends of a request/response connection that Nagle's algorithm and
 * delayed acknowledgements do not slow down.
 *
 * <p>Both sides of this protocol write each message in pieces (a small header, then a body) and
 * then wait for the other side's answer: the write-write-read pattern.
 *
 * <p>Read first: {@code docs/target/site/options.html#options-1}.
 */
public final class LowLatencyLink {
    private LowLatencyLink() {
    }

    /**
     * The client's end.
     *
     * <p>The contract:
     * <ul>
     *   <li>Connect to {@code server}, the address given (IPv4 or IPv6), and return the socket,
     *       connected and still open.</li>
     *   <li>The socket has {@code TCP_NODELAY} on, so a small write never waits for the
     *       acknowledgement of the one before it: a request written in pieces gets its answer
     *       in well under a millisecond on loopback, not after the peer's delayed ACK.</li>
     * </ul>
     */
    public static Socket connect(InetSocketAddress server) throws IOException {
        throw new UnsupportedOperationException("TODO options-1: connect, with TCP_NODELAY on");
    }

    /**
     * The server's end.
     *
     * <p>The contract:
     * <ul>
     *   <li>Accept the next connection on {@code listener} and return it, still open.</li>
     *   <li>The accepted socket has {@code TCP_NODELAY} on too, so the server's answers, also
     *       written in pieces, leave at once.</li>
     * </ul>
     */
    public static Socket accept(ServerSocket listener) throws IOException {
        throw new UnsupportedOperationException("TODO options-1: accept, with TCP_NODELAY on");
    }
}
