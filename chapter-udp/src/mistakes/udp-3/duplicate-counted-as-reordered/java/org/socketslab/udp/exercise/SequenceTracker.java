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
        // Mistake: checks the order before asking whether the number came already, so a late copy counts as out of order.
        // Breaks: arrivals of a number that had already arrived
        if (number < highest) {
            outOfOrder++;
        } else if (seen.get(number)) {
            duplicated++;
        }
        seen.set(number);
        highest = Math.max(highest, number);
    }

    public Report report() {
        return new Report(received, expected - seen.cardinality(), duplicated, outOfOrder);
    }

    public record Report(int received, int lost, int duplicated, int outOfOrder) {
    }
}
