package org.socketslab.tcp.exercise;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Exercise tcp-2, a classic mistake. */
public final class LineExchange {
    private static final int TIMEOUT_MILLIS = 5_000;

    private LineExchange() {
    }

    public static List<String> exchange(InetSocketAddress server, List<String> lines) throws IOException {
        StringBuilder batch = new StringBuilder();
        for (String line : lines) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("a line must not contain a line break: " + line.replace("\n", "\\n"));
            }
            batch.append(line).append('\n');
        }
        try (Socket socket = new Socket()) {
            socket.connect(server, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(batch.toString().getBytes(StandardCharsets.UTF_8));
            List<String> replies = new ArrayList<>();
            byte[] buffer = new byte[8192];
            while (replies.size() < lines.size()) {
                // Mistake: one read() per reply, as if the server's writes arrived whole and one at a time.
                // Breaks: read exactly one reply line per request line
                int n = socket.getInputStream().read(buffer);
                String reply = n < 0 ? null : new String(buffer, 0, n, StandardCharsets.UTF_8).strip();
                if (reply == null) {
                    throw new EOFException("the server closed the connection after " + replies.size() + " of "
                            + lines.size() + " replies");
                }
                replies.add(reply);
            }
            return replies;
        }
    }
}
