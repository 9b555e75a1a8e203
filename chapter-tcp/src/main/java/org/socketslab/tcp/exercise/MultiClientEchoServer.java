package org.socketslab.tcp.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Exercise tcp-3: an echo server that serves many clients at once and stops cleanly.
 *
 * <p>Read first: {@code docs/target/site/tcp.html#tcp-3}.
 */
public final class MultiClientEchoServer implements AutoCloseable {

    /**
     * Binds a listening socket to {@code bindAddress} (port 0 means any free port) and starts
     * serving in the background; returns once the port is bound.
     *
     * <p>The contract:
     * <ul>
     *   <li>Every client gets back exactly the bytes it sent, unchanged.</li>
     *   <li>When a client closes its side, the server sends back whatever it has not echoed yet,
     *       then closes that connection.</li>
     *   <li>Clients are served at the same time: a client that connects and sends nothing must
     *       not delay any other client.</li>
     *   <li>A client that resets the connection or disappears ends only its own connection; the
     *       server keeps accepting others.</li>
     *   <li>{@link #port()} returns the port the server is bound to (after binding port 0, the
     *       port the system chose), as soon as {@code start} has returned.</li>
     *   <li>If the address cannot be bound (for example, the port is taken), {@code start} throws
     *       the {@link IOException} and leaves no socket open.</li>
     *   <li>{@link #close()} closes the listening socket, so the port is free again when it returns.</li>
     *   <li>{@link #close()} closes every client connection.</li>
     *   <li>{@link #close()} returns only when every thread the server started has ended and every
     *       socket it opened is closed: it waits for each thread with {@code join()} (or, for a thread
     *       pool, {@code awaitTermination}). Asking the threads to stop is not enough: the graded
     *       tests look the moment {@code close()} returns.</li>
     * </ul>
     *
     * @throws IOException if the address cannot be bound (for example, the port is taken)
     */
    public static MultiClientEchoServer start(InetSocketAddress bindAddress) throws IOException {
        throw new UnsupportedOperationException("TODO tcp-3: bind, then accept and serve each client in its own thread");
    }

    /** The port the server is bound to (useful after binding port 0). */
    public int port() {
        throw new UnsupportedOperationException("TODO tcp-3: return the bound port");
    }

    /** Stops the server: no more accepts, every connection closed, every thread ended. */
    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("TODO tcp-3: close the listener and every client, then join the threads");
    }
}
