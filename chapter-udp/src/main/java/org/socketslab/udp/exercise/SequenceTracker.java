package org.socketslab.udp.exercise;

/**
 * Exercise udp-3: tell, from the numbers on the datagrams that arrived, what the network did to
 * them: which were lost, which came twice, which came out of order.
 *
 * <p>Read first: {@code docs/target/site/udp.html#udp-3}.
 *
 * <p>The sender numbered its datagrams 1, 2, 3, … up to {@code expected} and sent them in that
 * order. The counting rules:
 * <ul>
 *   <li><b>received</b>: every arrival, duplicates included;</li>
 *   <li><b>duplicated</b>: arrivals of a number that had already arrived;</li>
 *   <li><b>out of order</b>: first arrivals of a number lower than the highest number that had
 *       arrived before it;</li>
 *   <li><b>lost</b>: numbers from 1 to {@code expected} that never arrived (so far).</li>
 * </ul>
 * An arrival is either a duplicate or a first arrival, never both; a first arrival may be out of
 * order. A number that is missing is lost, not "out of order", even if later numbers arrived.
 */
public final class SequenceTracker {

    /**
     * Starts tracking a run of datagrams numbered 1 to {@code expected}.
     *
     * <p>The contract:
     * <ul>
     *   <li>A negative {@code expected} throws {@link IllegalArgumentException}; 0 is a run with
     *       nothing to track.</li>
     * </ul>
     */
    public SequenceTracker(int expected) {
        throw new UnsupportedOperationException("TODO udp-3: remember expected and prepare to track numbers");
    }

    /**
     * Records the arrival of the datagram numbered {@code number}.
     *
     * <p>The contract:
     * <ul>
     *   <li>A {@code number} that is not from 1 to {@code expected} throws
     *       {@link IllegalArgumentException}, and the arrival is then not counted at all.</li>
     * </ul>
     */
    public void record(int number) {
        throw new UnsupportedOperationException("TODO udp-3: count the arrival by the rules above");
    }

    /**
     * The counts for every arrival recorded so far.
     *
     * <p>The contract:
     * <ul>
     *   <li>{@code report()} may be called at any time, any number of times: it changes no count.</li>
     * </ul>
     */
    public Report report() {
        throw new UnsupportedOperationException("TODO udp-3: report the counts");
    }

    /** The counts, as defined on {@link SequenceTracker}. */
    public record Report(int received, int lost, int duplicated, int outOfOrder) {
    }
}
