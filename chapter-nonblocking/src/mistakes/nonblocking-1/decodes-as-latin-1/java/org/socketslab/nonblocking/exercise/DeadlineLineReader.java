package org.socketslab.nonblocking.exercise;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Exercise nonblocking-1, a classic mistake. */
public final class DeadlineLineReader {
    private final Socket socket;
    private final InputStream in;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    public DeadlineLineReader(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    public String readLine(Duration timeout) throws IOException {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        int savedTimeout = socket.getSoTimeout();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (true) {
                while (position < limit) {
                    byte b = buffer[position++];
                    if (b == '\n') {
                        return line.toString(StandardCharsets.ISO_8859_1); // Mistake: decodes the line as ISO-8859-1, not UTF-8.
                        // Breaks: decoded as UTF-8
                    }
                    line.write(b);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("no whole line within " + timeout.toMillis() + " ms");
                }
                // Round up: 0 would mean "no timeout", and rounding down could end a read early.
                socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000));
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException e) {
                    throw new SocketTimeoutException("no whole line within " + timeout.toMillis() + " ms");
                }
                if (n == -1) {
                    if (line.size() == 0) {
                        return null;
                    }
                    throw new EOFException("the stream ended after " + line.size() + " bytes of a line");
                }
                position = 0;
                limit = n;
            }
        } finally {
            socket.setSoTimeout(savedTimeout);
        }
    }
}
