package org.socketslab.framing.exercise;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.socketslab.kit.grading.TimeLimit;

/**
 * The outcome of a learner's call run under a time limit, with how many heap bytes its thread
 * allocated meanwhile. An {@link OutOfMemoryError} becomes an outcome like any other, so it turns
 * into a clear failed assertion instead of aborting the test run (JUnit rethrows it as
 * unrecoverable).
 */
record Measured<T>(T value, Throwable thrown, long allocatedBytes) {
    private static final com.sun.management.ThreadMXBean THREADS = threads();
    private static final double MIB = 1 << 20;

    /** Runs {@code call} in a fresh thread, at most {@code limit}, measuring that thread's allocations. */
    static <T> Measured<T> call(Duration limit, String whenHung, Callable<T> call) throws Exception {
        return TimeLimit.call(limit, whenHung, () -> {
            long before = allocatedSoFar();
            try {
                T value = call.call();
                return new Measured<>(value, null, allocatedSoFar() - before);
            } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                return new Measured<>(null, e, allocatedSoFar() - before);
            }
        });
    }

    /** The value, or what the call threw, rethrown: a starter's TODO must reach the grading extension as it is. */
    T get() throws Exception {
        if (thrown instanceof Exception) {
            throw (Exception) thrown;
        }
        if (thrown instanceof Error) {
            throw (Error) thrown;
        }
        return value;
    }

    /**
     * Fails if the call ran out of memory or allocated more than {@code limitBytes}, saying it
     * allocated for {@code what} before checking it; rethrows a TODO untouched.
     */
    Measured<T> assertAllocatedAtMost(long limitBytes, String what, String check) throws Exception {
        if (thrown instanceof UnsupportedOperationException) {
            throw (UnsupportedOperationException) thrown;
        }
        if (thrown instanceof OutOfMemoryError) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "ran out of memory (%s) on %s: it allocated room for it before %s",
                    thrown.getMessage(), what, check));
        }
        if (allocatedBytes > limitBytes) {
            // In MiB, rounded: the exact count varies by a few hundred bytes from run to run, and
            // the docs quote this message.
            throw new AssertionError(String.format(Locale.ROOT,
                    "allocated %,.1f MiB on %s, more than the %,.1f MiB this needs: allocate only after %s",
                    allocatedBytes / MIB, what, limitBytes / MIB, check));
        }
        return this;
    }

    private static long allocatedSoFar() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()) {
            threads.setThreadAllocatedMemoryEnabled(true);
            return threads;
        }
        return null;
    }
}
