package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        try (connection) {
            // Mistake: setSoLinger(false, 0) turns lingering off, and with it the reset: close() sends FIN.
            // Breaks: The peer's next read fails with a "connection reset" SocketException
            connection.setSoLinger(false, 0);
        }
    }
}
