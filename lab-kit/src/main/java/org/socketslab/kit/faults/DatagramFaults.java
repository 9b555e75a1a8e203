package org.socketslab.kit.faults;

import java.time.Duration;
import java.util.Random;

/**
 * What a {@link UdpRelay} does to the datagrams of the directions it applies to, fixed when the
 * relay starts. Immutable, so every lane may read it without locking.
 */
record DatagramFaults(double drop, double duplicate, double reorder, Duration maxHold,
                      Duration minDelay, Duration maxDelay, Direction direction) {

    /** The decisions for one datagram. */
    record Decision(boolean drop, boolean duplicate, boolean holdBack, long firstDelayNanos, long secondDelayNanos) {
    }

    /**
     * Draws the decisions for the next datagram. Always five draws, whatever the settings and the
     * outcome, so the k-th datagram's fate depends only on the seed and k.
     */
    Decision decide(Random random) {
        double dropRoll = random.nextDouble();
        double duplicateRoll = random.nextDouble();
        double holdRoll = random.nextDouble();
        long first = delayNanos(random.nextDouble());
        long second = delayNanos(random.nextDouble());
        return new Decision(dropRoll < drop, duplicateRoll < duplicate, holdRoll < reorder, first, second);
    }

    boolean appliesTo(Direction way) {
        return direction.includes(way);
    }

    private long delayNanos(double roll) {
        long min = minDelay.toNanos();
        return min + (long) (roll * (maxDelay.toNanos() - min));
    }
}
