package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        connection.close();
        // Mistake: sets linger 0 after close(), too late: the FIN is gone, and the closed socket throws.
        // Breaks: connection is closed when this method returns
        connection.setSoLinger(true, 0);
    }
}
