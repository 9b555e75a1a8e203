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
            // Sends FIN: the server reads -1, and our side can still receive.
            socket.shutdownOutput();
            // Mistake: one read() for the answer, as if it always came in one piece.
            // Breaks: Read the answer until the server closes its side
            byte[] buffer = new byte[64 * 1024];
            int n = socket.getInputStream().read(buffer);
            return java.util.Arrays.copyOf(buffer, Math.max(n, 0));
        }
    }
}
