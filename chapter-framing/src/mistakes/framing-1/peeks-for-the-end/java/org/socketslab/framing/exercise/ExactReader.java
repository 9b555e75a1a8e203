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
        int first = in.read(); // Mistake: reads a first byte to see whether the stream has ended, even when n is 0.
        // Breaks: n == 0 returns an empty array, and takes nothing from the stream.
        if (first == -1) {
            throw new EOFException("stream ended after 0 of " + n + " bytes");
        }
        byte[] bytes = new byte[Math.max(n, 1)];
        bytes[0] = (byte) first;
        int total = 1;
        while (total < n) {
            int got = in.read(bytes, total, n - total); // asks only for what is still missing
            if (got == -1) {
                throw new EOFException("stream ended after " + total + " of " + n + " bytes");
            }
            total += got;
        }
        return java.util.Arrays.copyOf(bytes, n);
    }
}
