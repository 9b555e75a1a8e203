package org.socketslab.framing.exercise;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Exercise framing-1, a classic mistake. */
public final class ExactReader {
    private ExactReader() {
    }

    public static byte[] readExactly(InputStream in, int n) throws IOException {
        if (n <= 0) {
            return new byte[0]; // Mistake: a negative count returns an empty array instead of throwing IllegalArgumentException.
            // Breaks: A negative n throws IllegalArgumentException.
        }
        byte[] bytes = new byte[n];
        int total = 0;
        while (total < n) {
            int got = in.read(bytes, total, n - total); // asks only for what is still missing
            if (got == -1) {
                throw new EOFException("stream ended after " + total + " of " + n + " bytes");
            }
            total += got;
        }
        return bytes;
    }
}
