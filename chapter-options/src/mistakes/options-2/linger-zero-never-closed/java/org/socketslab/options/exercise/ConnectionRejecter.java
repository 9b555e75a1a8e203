package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        // Mistake: sets linger 0 but never closes the socket, so nothing at all is sent.
        // Breaks: connection is closed when this method returns
        connection.setSoLinger(true, 0);
    }
}
