package org.socketslab.framing.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * A hostile peer's line that never ends: {@code 'a'} after {@code 'a'}, with no line end. After
 * {@code cap} bytes it fails instead of going on for ever, and remembers how much it served, so
 * a test can tell a reader that gave up in time from one that kept buffering.
 */
final class EndlessLine extends InputStream {
    private final long cap;
    private long served;

    EndlessLine(long cap) {
        this.cap = cap;
    }

    /** Bytes handed out so far. */
    long served() {
        return served;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0];
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (served >= cap) {
            throw new IOException("the test's endless line stopped after " + served
                    + " bytes: the reader should have rejected it long before");
        }
        int n = (int) Math.min(length, cap - served);
        Arrays.fill(into, offset, offset + n, (byte) 'a');
        served += n;
        return n;
    }
}
