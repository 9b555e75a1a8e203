package org.socketslab.kit.faults;

import java.io.IOException;

/**
 * Decides how the bytes one direction reads are cut into writes on the other leg. One instance
 * serves one direction of one connection, so it may keep state (a random stream, a buffer).
 */
interface Shaper {
    /** Takes the next {@code length} bytes read from upstream and writes them on, in any cut. */
    void forward(byte[] data, int length, Outlet out) throws IOException;

    /**
     * How long the pump may wait for more bytes before calling {@link #flush}; 0 waits for ever.
     * Asked before every read, since a shaper that holds bytes back must not hold them for ever.
     */
    default int idleTimeoutMillis() {
        return 0;
    }

    /** Writes out whatever is held back: the input went quiet or reached its end. */
    default void flush(Outlet out) throws IOException {
    }

    /** Forwards every read as it came, for the directions a fault should leave alone. */
    static Shaper passThrough() {
        return (data, length, out) -> out.write(data, 0, length);
    }
}
