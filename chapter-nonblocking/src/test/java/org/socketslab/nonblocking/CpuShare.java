package org.socketslab.nonblocking;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opentest4j.TestAbortedException;

/**
 * How much of one core some threads used over a window of wall time: a loop that spins uses
 * about all of it (100 %), a loop that sleeps in {@code select()} next to nothing.
 *
 * @param cpuNanos  the threads' CPU time during the window, added up
 * @param baseNanos what it is compared with: the window's wall time, or a spinning thread's CPU time
 * @param base      which of the two, in words
 */
public record CpuShare(long cpuNanos, long baseNanos, String base) {
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
        return new CpuShare(cpu(watched) - cpuBefore, System.nanoTime() - wallBefore, "wall time");
    }

    /**
     * Watches {@code threads} for {@code window} while a thread of its own spins, and returns their
     * CPU time as a share of the spinner's: what a core gave a busy thread meanwhile. On a machine
     * busy with other work both get less, so the ratio still tells a spinning loop (about 1.0)
     * from a sleeping one (about 0.0).
     */
    public static CpuShare againstASpinner(Collection<Thread> threads, Duration window) throws InterruptedException {
        if (!THREADS.isThreadCpuTimeSupported()) {
            throw new TestAbortedException("this JVM cannot measure a thread's CPU time");
        }
        THREADS.setThreadCpuTimeEnabled(true);
        AtomicBoolean spin = new AtomicBoolean(true);
        Thread spinner = new Thread(() -> {
            long sink = 0;
            while (spin.get()) {
                sink += System.nanoTime() & 1; // keeps the core busy, as a spinning loop would
            }
            if (sink == 42) {
                System.out.print(""); // uses sink, so the loop is not optimised away
            }
        }, "cpu-share-spinner");
        spinner.start();
        try {
            List<Thread> watched = List.copyOf(threads);
            long cpuBefore = cpu(watched);
            long spinnerBefore = cpu(List.of(spinner));
            await().pollDelay(window).atMost(window.plusSeconds(5)).until(() -> true);
            long spinnerCpu = cpu(List.of(spinner)) - spinnerBefore;
            return new CpuShare(cpu(watched) - cpuBefore, Math.max(1, spinnerCpu), "CPU time of a spinning thread");
        } finally {
            spin.set(false);
            spinner.join(2_000);
        }
    }

    /** CPU time / base, about 0.0 for a sleeping loop and 1.0 for a spinning one (more for several busy threads). */
    public double share() {
        return (double) cpuNanos / baseNanos;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f %% (%d ms of CPU against %d ms of %s)", share() * 100,
                cpuNanos / 1_000_000, baseNanos / 1_000_000, base);
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
