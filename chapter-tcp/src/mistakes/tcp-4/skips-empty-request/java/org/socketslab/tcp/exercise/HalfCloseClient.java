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
        // Mistake: an empty request looks like nothing to do, so it never reaches the server.
        // Breaks: An empty request still connects
        if (request.length == 0) {
            return new byte[0];
        }
        try (Socket socket = new Socket()) {
            socket.connect(server, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            // Sends FIN: the server reads -1, and our side can still receive.
            socket.shutdownOutput();
            return socket.getInputStream().readAllBytes();
        }
    }
}
