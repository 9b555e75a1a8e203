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
     *   <li>Every client gets back exactly the bytes it sent, unchanged, until it closes its side;
     *       then the server closes that connection.</li>
     *   <li>Clients are served at the same time: a client that connects and sends nothing must
     *       not delay any other client.</li>
     *   <li>A client that resets the connection or disappears ends only its own connection; the
     *       server keeps accepting others.</li>
     *   <li>{@link #close()} stops accepting, closes every client connection, and returns only
     *       when the port is free again and every thread the server started has ended.</li>
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
