package org.socketslab.framing.exercise;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

/** Exercise framing-3, a classic mistake. */
public final class LineReader {
    private final BufferedReader reader;
    private final int maxLineBytes;

    public LineReader(InputStream in, int maxLineBytes) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.maxLineBytes = maxLineBytes;
    }

    public String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != '\n') {
            if (c == -1) {
                if (line.length() == 0) {
                    return null;
                }
                throw new EOFException("stream ended after " + line.length() + " characters of a line without a line end");
            }
            line.append((char) c);
            // Mistake: counts characters, not bytes; "é" is one char but two bytes of UTF-8, so lines pass at up to 3 times the limit.
            // Breaks: counted in UTF-8 before decoding
            if (line.length() > maxLineBytes + 1 || (line.length() == maxLineBytes + 1 && c != '\r')) {
                throw new ProtocolException("line longer than the maximum of " + maxLineBytes + " bytes");
            }
        }
        int end = line.length() > 0 && line.charAt(line.length() - 1) == '\r' ? line.length() - 1 : line.length();
        return line.substring(0, end);
    }
}
