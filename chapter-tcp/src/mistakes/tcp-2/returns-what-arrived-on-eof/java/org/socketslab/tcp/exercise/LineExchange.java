package org.socketslab.tcp.exercise;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
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
            // One reader for the whole connection: bytes it buffered past one reply belong to the next.
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            List<String> replies = new ArrayList<>();
            while (replies.size() < lines.size()) {
                String reply = in.readLine();
                if (reply == null) {
                    // Mistake: returns the replies that came as if they were all, so the caller never learns some are missing.
                    // Breaks: throw java.io.EOFException
                    return replies;
                }
                replies.add(reply);
            }
            return replies;
        }
    }
}
