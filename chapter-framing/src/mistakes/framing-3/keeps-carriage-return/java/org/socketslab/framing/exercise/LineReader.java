package org.socketslab.framing.exercise;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

/** Exercise framing-3, a classic mistake. */
public final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    public String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            if (position == limit && !fill()) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("stream ended after " + line.size() + " bytes of a line without a line end");
            }
            byte b = buffer[position++];
            if (b == '\n') {
                // Mistake: splits at '\n' only; a CRLF line keeps its '\r', and "QUIT\r" is not "QUIT".
                // Breaks: is part of the line end and is dropped too
                return line.toString(StandardCharsets.UTF_8);
            }
            line.write(b);
            // maxLineBytes + 1 is allowed only if that last byte is the '\r' of a CRLF.
            if (line.size() > maxLineBytes + 1 || (line.size() == maxLineBytes + 1 && b != '\r')) {
                throw new ProtocolException("line longer than the maximum of " + maxLineBytes + " bytes");
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n == -1) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
