package org.socketslab.tcp.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Exercise tcp-4, a classic mistake. */
public final class HalfCloseClient {
    private static final int TIMEOUT_MILLIS = 5_000;

    private HalfCloseClient() {
    }

    public static byte[] request(InetSocketAddress server, byte[] request) throws IOException {
        // Mistake: never closes the socket; the answer has ended, but the descriptor stays open until garbage collection.
        // Breaks: The socket is closed when the method returns or throws
        Socket socket = new Socket();
        {
            socket.connect(server, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            // Sends FIN: the server reads -1, and our side can still receive.
            socket.shutdownOutput();
            return socket.getInputStream().readAllBytes();
        }
    }
}
