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
        // Mistake: a single read(), as if it always returned every byte that was asked for.
        // Breaks: keep reading until n bytes have arrived
        int got = n == 0 ? 0 : in.read(bytes, 0, n);
        if (got < n) {
            throw new EOFException("stream ended after " + Math.max(got, 0) + " of " + n + " bytes");
        }
        return bytes;
    }
}
