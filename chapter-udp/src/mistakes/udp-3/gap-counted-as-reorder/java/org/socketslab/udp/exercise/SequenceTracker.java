package org.socketslab.udp.exercise;

import java.util.BitSet;

/** Exercise udp-3, a classic mistake. */
public final class SequenceTracker {
    private final int expected;
    private final BitSet seen = new BitSet();
    private int highest;
    private int received;
    private int duplicated;
    private int outOfOrder;

    public SequenceTracker(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException("expected must not be negative, got " + expected);
        }
        this.expected = expected;
    }

    public void record(int number) {
        if (number < 1 || number > expected) {
            throw new IllegalArgumentException("datagram number " + number + " is outside 1.." + expected);
        }
        received++;
        if (seen.get(number)) {
            duplicated++; // a copy: whether it is also "late" does not matter any more
            return;
        }
        seen.set(number);
        // Mistake: anything but "the last number plus one" counts as out of order, so the number after a loss does too.
        // Breaks: first arrivals of a number lower than the highest number that had arrived before it
        if (number != highest + 1) {
            outOfOrder++;
        }
        highest = Math.max(highest, number);
    }

    public Report report() {
        return new Report(received, expected - seen.cardinality(), duplicated, outOfOrder);
    }

    public record Report(int received, int lost, int duplicated, int outOfOrder) {
    }
}
