package org.socketslab.framing;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

/** Newline-delimited framing with a bound: a line ends at LF, and a CR just before the LF is dropped. */
public final class LineFraming {
    /** The line servers' limit, in bytes of UTF-8, not counting the line end. */
    public static final int DEFAULT_MAX_LINE = 1024;

    private LineFraming() {
    }

    // tag::read-line[]
    /**
     * Reads one line from a buffered stream. Returns {@code null} at a clean end of stream; throws
     * {@link ProtocolException} as soon as the line has more than {@code maxBytes} bytes, and
     * {@link EOFException} if the stream ends inside a line.
     */
    public static String readLine(InputStream bufferedIn, int maxBytes) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = bufferedIn.read()) != '\n') {
            if (b == -1) {
                if (line.size() == 0) {
                    return null;
                }
                throw new EOFException("stream ended after " + line.size()
                        + " bytes of a line without a line end");
            }
            line.write(b);
            // One byte over the limit is allowed only for the '\r' of a "\r\n" line end.
            if (line.size() > maxBytes + 1 || (line.size() == maxBytes + 1 && b != '\r')) {
                throw new ProtocolException("line longer than " + maxBytes + " bytes");
            }
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        // Decode only whole lines: one character's bytes may come in different reads.
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
    // end::read-line[]
}
