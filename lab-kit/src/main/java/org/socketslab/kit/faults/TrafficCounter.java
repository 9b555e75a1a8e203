package org.socketslab.kit.faults;

import java.util.concurrent.atomic.LongAdder;

/** Counts what one direction of traffic forwarded, across all connections, for tests to assert on. */
final class TrafficCounter {
    private final LongAdder writes = new LongAdder();
    private final LongAdder bytes = new LongAdder();

    void recordWrite(int length) {
        writes.increment();
        bytes.add(length);
    }

    long writes() {
        return writes.sum();
    }

    long bytes() {
        return bytes.sum();
    }
}
