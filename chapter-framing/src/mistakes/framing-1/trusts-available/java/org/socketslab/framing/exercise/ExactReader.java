package org.socketslab.framing.exercise;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Exercise framing-1, a classic mistake. */
public final class ExactReader {
    private ExactReader() {
    }

    public static byte[] readExactly(InputStream in, int n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("cannot read a negative number of bytes: " + n);
        }
        byte[] bytes = new byte[n];
        int total = 0;
        // Mistake: available() taken as "more is coming"; on a socket it is only what is already buffered, often 0.
        // Breaks: Do not use available()
        while (total < n && in.available() > 0) {
            int got = in.read(bytes, total, Math.min(n - total, in.available()));
            if (got == -1) {
                break;
            }
            total += got;
        }
        if (total < n) {
            throw new EOFException("stream ended after " + total + " of " + n + " bytes");
        }
        return bytes;
    }
}
