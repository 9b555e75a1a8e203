package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        // Mistake: shutdownOutput() sends FIN first, so the peer reads -1 before the reset can arrive.
        // Breaks: The peer's next read fails with a "connection reset" SocketException
        connection.shutdownOutput();
        connection.setSoLinger(true, 0);
        connection.close();
    }
}
