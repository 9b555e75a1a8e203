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
            int got;
            try {
                got = in.read(bytes, total, n - total);
            } catch (java.net.SocketException reset) {
                got = -1; // Mistake: takes a reset for the end of the stream, and reports an EOFException instead.
                // Breaks: Other IOExceptions (a reset, a timeout) propagate unchanged.
            }
            if (got == -1) {
                throw new EOFException("stream ended after " + total + " of " + n + " bytes");
            }
            total += got;
        }
        return bytes;
    }
}
