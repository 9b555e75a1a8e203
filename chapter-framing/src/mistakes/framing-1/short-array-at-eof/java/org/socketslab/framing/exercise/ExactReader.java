package org.socketslab.framing.exercise;

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
        while (total < n) {
            int got = in.read(bytes, total, n - total);
            if (got == -1) {
                // Mistake: at end of stream, returns what arrived (like readNBytes) instead of reporting the missing bytes.
                // Breaks: If the stream ends first, throw java.io.EOFException.
                return java.util.Arrays.copyOf(bytes, total);
            }
            total += got;
        }
        return bytes;
    }
}
