package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        // Mistake: closing the output stream closes the whole socket, with an ordinary FIN.
        // Breaks: The peer's next read fails with a "connection reset" SocketException
        connection.getOutputStream().close();
    }
}
