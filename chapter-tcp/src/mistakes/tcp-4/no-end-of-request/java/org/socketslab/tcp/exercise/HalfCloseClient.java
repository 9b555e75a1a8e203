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
        try (Socket socket = new Socket()) {
            socket.connect(server, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            // Mistake: never signals the end of the request, so the server waits for more.
            // Breaks: Tell the server the request is complete
            return socket.getInputStream().readAllBytes();
        }
    }
}
