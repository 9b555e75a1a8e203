package org.socketslab.kit.faults;

import java.util.Random;

/**
 * Derives independent, reproducible random streams from one test seed.
 *
 * <p>Each connection and direction gets its own stream, so what happens on one does not depend
 * on how the threads of the others were scheduled: the same seed replays the same decisions.
 */
final class Seeds {
    private Seeds() {
    }

    /** The stream for one direction of the {@code connection}-th connection (counting from 0). */
    static Random random(long seed, long connection, Direction direction) {
        if (direction == Direction.BOTH) {
            throw new IllegalArgumentException("A stream belongs to one direction, not BOTH");
        }
        long mixed = mix(mix(mix(seed) + connection) + direction.ordinal());
        return new Random(mixed);
    }

    /**
     * SplitMix64's finaliser: neighbouring inputs (seed 1 and 2, connection 0 and 1) give
     * unrelated outputs, which plain XOR into java.util.Random's weak low bits would not.
     */
    private static long mix(long z) {
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
