package org.socketslab.bench;

import java.util.Arrays;

/** A growable array of latencies for one generator thread, capped so a long run cannot exhaust memory. */
final class Samples {
    static final int CAP = 20_000_000;
    private long[] values = new long[1 << 16];
    private int count;

    void add(long value) {
        if (count == values.length) {
            if (count == CAP) {
                return; // enough for any percentile we report
            }
            values = Arrays.copyOf(values, Math.min(CAP, count * 2));
        }
        values[count++] = value;
    }

    static Percentiles merge(Iterable<Samples> all) {
        int total = 0;
        for (Samples s : all) {
            total += s.count;
        }
        long[] merged = new long[total];
        int at = 0;
        for (Samples s : all) {
            System.arraycopy(s.values, 0, merged, at, s.count);
            at += s.count;
        }
        return new Percentiles(merged, total);
    }
}
