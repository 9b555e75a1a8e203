package org.socketslab.kit.faults;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The downstream end of one direction: every {@link #write} is one write on the socket, which
 * with TCP_NODELAY is one segment the peer can see on its own. It also applies what is common
 * to every shaping: the pause between writes, the byte budget, and the counting.
 */
final class Outlet {
    /** Thrown to tear the connection down once the byte budget is spent. */
    static final class BudgetSpentException extends IOException {
        private static final long serialVersionUID = 1L;

        BudgetSpentException(long budget) {
            super("abortAfter(" + budget + "): byte budget spent, resetting the connection");
        }
    }

    private final OutputStream out;
    private final long pauseNanos;
    private final long budget;
    private final TrafficCounter counter;
    private long sent;
    private boolean wroteBefore;

    /**
     * @param pause  how long to wait before every write but the first
     * @param budget how many bytes may pass before the connection is aborted;
     *               {@link Long#MAX_VALUE} for no limit
     */
    Outlet(OutputStream out, Duration pause, long budget, TrafficCounter counter) {
        this.out = out;
        this.pauseNanos = pause.toNanos();
        this.budget = budget;
        this.counter = counter;
    }

    /**
     * Writes {@code length} bytes as one write, or only as many as the budget still allows.
     *
     * @throws BudgetSpentException once the budget is used up, after writing what it allowed
     */
    void write(byte[] data, int offset, int length) throws IOException {
        if (length == 0) {
            return;
        }
        pauseIfNotFirst();
        int allowed = (int) Math.min(length, budget - sent);
        if (allowed > 0) {
            out.write(data, offset, allowed);
            sent += allowed;
            counter.recordWrite(allowed);
        }
        if (sent >= budget) {
            throw new BudgetSpentException(budget);
        }
    }

    private void pauseIfNotFirst() throws InterruptedIOException {
        if (wroteBefore && pauseNanos > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(pauseNanos);
            } catch (InterruptedException e) {
                // Only close() interrupts us: give up this connection, not the flag.
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while pausing between pieces");
            }
        }
        wroteBefore = true;
    }
}
