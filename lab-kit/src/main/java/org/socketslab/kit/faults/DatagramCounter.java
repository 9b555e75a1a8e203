package org.socketslab.kit.faults;

import java.util.concurrent.atomic.LongAdder;

/** Counts what a {@link UdpRelay} did to the datagrams of one direction, across all its clients. */
final class DatagramCounter {
    final LongAdder received = new LongAdder();
    final LongAdder forwarded = new LongAdder();
    final LongAdder dropped = new LongAdder();
    final LongAdder duplicated = new LongAdder();
    final LongAdder reordered = new LongAdder();
    final LongAdder delayed = new LongAdder();

    UdpRelay.Counts snapshot() {
        return new UdpRelay.Counts(received.sum(), forwarded.sum(), dropped.sum(), duplicated.sum(),
                reordered.sum(), delayed.sum());
    }
}
