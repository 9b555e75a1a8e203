package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, reference solution. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        try (connection) {
            // Linger on, for 0 seconds: close() throws away unsent data and sends RST, not FIN.
            connection.setSoLinger(true, 0);
        }
    }
}
