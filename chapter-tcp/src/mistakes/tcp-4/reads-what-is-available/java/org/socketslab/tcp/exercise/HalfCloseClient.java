package org.socketslab.tcp.exercise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n = in.read(buffer);
            // Mistake: stops as soon as nothing more is waiting (available() == 0), as if a pause meant the end of the answer.
            // Breaks: Read the answer until the server closes its side
            while (n > 0) {
                answer.write(buffer, 0, n);
                n = in.available() > 0 ? in.read(buffer) : -1;
            }
            return answer.toByteArray();
        }
    }
}
