package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;

/** Exercise options-2, a classic mistake. */
public final class ConnectionRejecter {
    private ConnectionRejecter() {
    }

    public static void reject(Socket connection) throws IOException {
        // Mistake: a plain close() sends FIN, so the peer sees an orderly end of stream, not a refusal.
        // Breaks: The peer's next read fails with a "connection reset" SocketException
        connection.close();
    }
}
