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
        byte[] buffer = new byte[8192];
        int total = 0;
        while (total < n) {
            int got = in.read(buffer); // Mistake: reads a whole buffer's worth, so it takes bytes past the n-th and drops them.
            // Breaks: Read no byte past the n-th
            if (got > 0) {
                System.arraycopy(buffer, 0, bytes, total, Math.min(got, n - total));
                got = Math.min(got, n - total);
            }
            if (got == -1) {
                throw new EOFException("stream ended after " + total + " of " + n + " bytes");
            }
            total += got;
        }
        return bytes;
    }
}
