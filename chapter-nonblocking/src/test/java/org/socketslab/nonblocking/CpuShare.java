package org.socketslab.nonblocking;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.opentest4j.TestAbortedException;

/**
 * How much of one core some threads used over a window of wall time: a loop that spins uses
 * about all of it (100 %), a loop that sleeps in {@code select()} next to nothing.
 *
 * @param cpuNanos  the threads' CPU time during the window, added up
 * @param wallNanos the window's length
 */
public record CpuShare(long cpuNanos, long wallNanos) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Watches {@code threads} for {@code window} of wall time (the test thread waits meanwhile). */
    public static CpuShare of(Collection<Thread> threads, Duration window) {
        if (!THREADS.isThreadCpuTimeSupported()) {
            throw new TestAbortedException("this JVM cannot measure a thread's CPU time");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        List<Thread> watched = List.copyOf(threads);
        long cpuBefore = cpu(watched);
        long wallBefore = System.nanoTime();
        // The measurement window itself: nothing to wait for but time.
        await().pollDelay(window).atMost(window.plusSeconds(5)).until(() -> true);
        return new CpuShare(cpu(watched) - cpuBefore, System.nanoTime() - wallBefore);
    }

    /** CPU time / wall time, 0.0 to 1.0 per thread (more for several busy threads). */
    public double share() {
        return (double) cpuNanos / wallNanos;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f %% of a core (%d ms of CPU in %d ms)", share() * 100,
                cpuNanos / 1_000_000, wallNanos / 1_000_000);
    }

    private static long cpu(List<Thread> threads) {
        long total = 0;
        for (Thread thread : threads) {
            long nanos = THREADS.getThreadCpuTime(thread.getId()); // -1 once the thread has ended
            total += Math.max(0, nanos);
        }
        return total;
    }
}
