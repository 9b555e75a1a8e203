package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/**
 * Exercise options-2: turn a connection away with an immediate reset.
 *
 * <p>A server that will not serve a client (it is overloaded, or the client broke the protocol)
 * can end the connection abortively, so the client learns at once that it was refused rather
 * than served, and neither side keeps the connection in TIME_WAIT.
 *
 * <p>Read first: {@code docs/target/site/options.html#options-2}.
 */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    /**
     * Ends {@code connection} with a reset.
     *
     * <p>The contract:
     * <ul>
     *   <li>The peer's next read fails with a "connection reset" {@link java.net.SocketException SocketException}
     *       instead of returning -1 (end of stream), whether or not the peer had sent anything
     *       before (and the server had read it).</li>
     *   <li>{@code connection} is closed when this method returns.</li>
     * </ul>
     */
    public static void reject(Socket connection) throws IOException {
        throw new UnsupportedOperationException("TODO options-2: close the connection with a reset");
    }
}
