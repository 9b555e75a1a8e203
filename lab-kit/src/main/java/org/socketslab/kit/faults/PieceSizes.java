package org.socketslab.kit.faults;

import java.util.Random;

/** Plans the size of each piece a byte stream is cut into: uniform in {@code [min, max]}. */
final class PieceSizes {
    private final int min;
    private final int max;
    private final Random random;

    PieceSizes(int min, int max, Random random) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("Need 1 <= min <= max, got min=" + min + ", max=" + max);
        }
        this.min = min;
        this.max = max;
        this.random = random;
    }

    int next() {
        return min + random.nextInt(max - min + 1);
    }
}
