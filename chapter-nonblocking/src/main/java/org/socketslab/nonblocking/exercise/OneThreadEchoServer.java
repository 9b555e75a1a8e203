package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Exercise nonblocking-3: an echo server that serves every client from one thread with one
 * {@link java.nio.channels.Selector}.
 *
 * <p>Read first: {@code docs/target/site/nonblocking.html#nonblocking-3}.
 */
public final class OneThreadEchoServer implements AutoCloseable {
    /** The most echo that may wait for one client; while this much waits, read nothing more from it. */
    public static final int MAX_PENDING = 64 * 1024;

    /**
     * Binds a listening channel to {@code bindAddress}, starts the one thread that serves every
     * client, and returns once the port is bound.
     *
     * <p>The contract:
     * <ul>
     *   <li>Port 0 in {@code bindAddress} means any free port; {@link #port() port()} returns the port
     *       the server is bound to.</li>
     *   <li>If the address cannot be bound (for example, the port is taken), this method throws
     *       an {@link IOException}.</li>
     *   <li>Every client gets back exactly the bytes it sent, in order, none lost or added.</li>
     *   <li>A client that reads its echo slowly, or only after sending everything, still gets
     *       all of it.</li>
     *   <li>One thread, the one this method starts, serves every client: 1,000 clients connected
     *       at once are served by it alone.</li>
     *   <li>That thread sleeps while nothing happens: it asks for {@code OP_WRITE} only while echo
     *       waits to be written to a client.</li>
     *   <li>At most {@link #MAX_PENDING MAX_PENDING} bytes of echo wait for one client. While that
     *       much waits, the server reads nothing more from that client (TCP then holds the client's
     *       writes back).</li>
     *   <li>While a client is held back, the server goes on serving the others.</li>
     *   <li>A client that resets its connection or disappears ends only its own connection.</li>
     *   <li>When a client closes its sending side ({@code shutdownOutput}), the server still
     *       sends it the rest of its echo, including echo that waits in the server at that
     *       moment. (Not graded: the tests try it, but whether any echo still waits in the server
     *       when the end of stream arrives depends on how much the kernel buffers hold at that
     *       moment, so a server that drops it is not caught every time.)</li>
     *   <li>Once that echo is sent, the server closes the connection.</li>
     *   <li>{@link #close() close()} stops the thread, closes every connection and the listening channel,
     *       and returns once the thread has ended and the port is free.</li>
     * </ul>
     *
     * @throws IOException if the address cannot be bound (for example, the port is taken)
     */
    public static OneThreadEchoServer start(InetSocketAddress bindAddress) throws IOException {
        throw new UnsupportedOperationException("TODO nonblocking-3: bind a ServerSocketChannel, register it for OP_ACCEPT, start the select loop's thread");
    }

    /** The port the server is bound to (useful after binding port 0). */
    public int port() {
        throw new UnsupportedOperationException("TODO nonblocking-3: return the bound port");
    }

    /** Stops the server: the thread ended, every connection and the listener closed. */
    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("TODO nonblocking-3: wake the selector, end the loop, close everything, join the thread");
    }
}
