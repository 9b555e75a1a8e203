package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        try (connection) {
            // Mistake: a read timeout of 0 (wait forever) is not a linger time of 0; close() sends FIN.
            // Breaks: The peer's next read fails with a "connection reset" SocketException
            connection.setSoTimeout(0);
        }
    }
}
