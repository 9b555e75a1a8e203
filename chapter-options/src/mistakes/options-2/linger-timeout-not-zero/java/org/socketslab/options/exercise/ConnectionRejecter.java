package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        // Mistake: a linger time of 1 s is a graceful close that waits for unsent data; only 0 sends a reset.
        // Breaks: The peer's next read fails with a "connection reset" SocketException
        connection.setSoLinger(true, 1);
        connection.close();
    }
}
