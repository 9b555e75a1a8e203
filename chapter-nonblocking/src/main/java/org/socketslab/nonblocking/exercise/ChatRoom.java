package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Exercise nonblocking-4: a chat room on one thread. Every line a client sends goes to all the
 * other clients; a client that stops reading must not hold up the rest.
 *
 * <p>Read first: {@code docs/target/site/nonblocking.html#nonblocking-4}.
 */
public final class ChatRoom implements AutoCloseable {
    /** The longest line a client may send, in bytes, not counting its LF. */
    public static final int MAX_LINE = 1024;
    /** The most bytes that may wait to be written to one client. */
    public static final int MAX_QUEUED = 64 * 1024;

    /**
     * Binds a listening channel to {@code bindAddress}, starts the one thread that runs the room,
     * and returns once the port is bound.
     *
     * <p>The contract:
     * <ul>
     *   <li>Port 0 in {@code bindAddress} means any free port; {@link #port() port()} returns the port
     *       the room is bound to.</li>
     *   <li>A line is the bytes up to and including an LF ({@code '\n'}). Every line a client
     *       sends goes, unchanged, to every other client in the room.</li>
     *   <li>A line does not go back to its sender.</li>
     *   <li>Lines are forwarded whole and in the order each client sent them: the lines of
     *       different clients never mix, however their bytes are split on the way.</li>
     *   <li>One thread, the one this method starts, runs the whole room with one
     *       {@link java.nio.channels.Selector}.</li>
     *   <li>A client that stops reading does not hold up the others: they go on getting every
     *       line without delay.</li>
     *   <li>At most {@link #MAX_QUEUED MAX_QUEUED} bytes wait for any one client: a client for
     *       which more would have to wait is disconnected.</li>
     *   <li>A line of up to {@link #MAX_LINE MAX_LINE} bytes, not counting its LF, is forwarded.</li>
     *   <li>A client that sends a line longer than {@link #MAX_LINE MAX_LINE} bytes (not counting
     *       its LF) is disconnected.</li>
     *   <li>Nobody gets any part of a line that is too long.</li>
     *   <li>A client that closes its connection or resets it leaves the room; the others go on.</li>
     *   <li>{@link #close() close()} stops the thread, closes every connection and the listening channel,
     *       and returns once the thread has ended and the port is free.</li>
     * </ul>
     *
     * @throws IOException if the address cannot be bound (for example, the port is taken)
     */
    public static ChatRoom start(InetSocketAddress bindAddress) throws IOException {
        throw new UnsupportedOperationException("TODO nonblocking-4: bind, register for OP_ACCEPT, start the room's one thread");
    }

    /** The port the room is bound to (useful after binding port 0). */
    public int port() {
        throw new UnsupportedOperationException("TODO nonblocking-4: return the bound port");
    }

    /** Closes the room: the thread ended, every connection and the listener closed. */
    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("TODO nonblocking-4: wake the selector, end the loop, close everything, join the thread");
    }
}
