package org.socketslab.kit.faults;

import java.io.IOException;
import java.time.Duration;

/**
 * Holds bytes back and writes several reads' worth at once: what Nagle's algorithm and a busy
 * receiver do, and what exposes a reader that expects at most one message per read.
 *
 * <p>The held bytes go out when {@code maxBytes} have gathered, when the input has been quiet
 * for the window, or when it ends.
 */
final class WriteMerger implements Shaper {
    private final byte[] held;
    private final int windowMillis;
    private int heldLength;

    WriteMerger(int maxBytes, Duration window) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        this.held = new byte[maxBytes];
        // Socket timeouts count in whole milliseconds, and 0 would mean "for ever".
        this.windowMillis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, window.toMillis()));
    }

    @Override
    public void forward(byte[] data, int length, Outlet out) throws IOException {
        int offset = 0;
        while (offset < length) {
            int taken = Math.min(held.length - heldLength, length - offset);
            System.arraycopy(data, offset, held, heldLength, taken);
            heldLength += taken;
            offset += taken;
            if (heldLength == held.length) {
                flush(out);
            }
        }
    }

    @Override
    public int idleTimeoutMillis() {
        return heldLength > 0 ? windowMillis : 0;
    }

    @Override
    public void flush(Outlet out) throws IOException {
        if (heldLength > 0) {
            int length = heldLength;
            heldLength = 0;
            out.write(held, 0, length);
        }
    }
}
