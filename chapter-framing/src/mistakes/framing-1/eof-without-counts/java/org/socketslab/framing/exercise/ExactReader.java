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
        while (total < n) {
            int got = in.read(bytes, total, n - total); // asks only for what is still missing
            if (got == -1) {
                throw new EOFException("stream ended too early"); // Mistake: the message does not say how many of the n bytes arrived.
                // Breaks: message says how many of the n bytes arrived
            }
            total += got;
        }
        return bytes;
    }
}
