package org.socketslab.framing.exercise;

import java.io.BufferedReader;
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
        // Mistake: readLine() has no bound; it buffers the whole line, however long, before the length is checked.
        // Breaks: It throws as soon as the limit is passed
        String line = reader.readLine();
        if (line != null && line.getBytes(StandardCharsets.UTF_8).length > maxLineBytes) {
            throw new ProtocolException("line longer than the maximum of " + maxLineBytes + " bytes");
        }
        return line;
    }
}
