package org.socketslab.bench;

import java.util.Arrays;

/** Latency percentiles by nearest rank over every recorded sample: exact, and small enough for a few seconds' run. */
public final class Percentiles {
    private final long[] sorted;

    public Percentiles(long[] samples, int count) {
        this.sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
    }

    public int count() {
        return sorted.length;
    }

    /** The smallest sample such that at least {@code p} percent of the samples are at or below it; 0 when empty. */
    public long at(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length); // 1-based nearest rank
        return sorted[Math.max(rank, 1) - 1];
    }

    public long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }
}
