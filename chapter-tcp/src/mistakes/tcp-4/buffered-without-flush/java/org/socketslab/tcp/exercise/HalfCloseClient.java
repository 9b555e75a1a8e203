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
            // Mistake: writes through a buffer and never flushes it, so a short request is still in the buffer at shutdownOutput().
            // Breaks: Write every byte of request
            java.io.OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream());
            out.write(request);
            // Sends FIN: the server reads -1, and our side can still receive.
            socket.shutdownOutput();
            return socket.getInputStream().readAllBytes();
        }
    }
}
