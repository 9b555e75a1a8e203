package org.socketslab.tcp.exercise;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
            InputStream in = socket.getInputStream();
            List<String> replies = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            byte[] buffer = new byte[8192];
            while (replies.size() < lines.size()) {
                int n = in.read(buffer);
                if (n == -1) {
                    throw new EOFException("the server closed the connection after " + replies.size() + " of "
                            + lines.size() + " replies");
                }
                // Mistake: decodes each piece on its own, so a character split between two pieces is garbled.
                // Breaks: even where a piece ends inside a character
                pending.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                int end;
                while ((end = pending.indexOf("\n")) >= 0) {
                    replies.add(pending.substring(0, end));
                    pending.delete(0, end + 1);
                }
            }
            return replies;
        }
    }
}
