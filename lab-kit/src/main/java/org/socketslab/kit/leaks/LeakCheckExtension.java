package org.socketslab.kit.leaks;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a passing graded test whose code left sockets open or threads running. Counts open
 * socket descriptors (Linux only; skipped elsewhere) and live threads before and after the test,
 * giving closes that are already under way a short grace period to finish. That grace hides a
 * {@code close()} that returns before its threads have ended; a test that grades what
 * {@code close()} has finished when it returns checks it with {@link FinishedOnReturn}.
 */
public final class LeakCheckExtension implements BeforeEachCallback, AfterEachCallback {
    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeakCheckExtension.class);

    /** The sockets (by inode, see {@link OpenSockets#open()}) and threads there were before the test. */
    private record Baseline(Optional<Set<String>> sockets, Set<Thread> threads) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Baseline.class, new Baseline(OpenSockets.open(), LiveThreads.now()));
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        Baseline baseline = context.getStore(NAMESPACE).get(Baseline.class, Baseline.class);
        if (baseline == null || context.getExecutionException().isPresent()) {
            return; // The test already failed: one clear message is better than two.
        }
        long deadline = System.nanoTime() + GRACE.toNanos();
        Leak leak;
        while ((leak = measure(baseline)).found() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (leak.found()) {
            throw new AssertionError(leak.describe());
        }
    }

    private static Leak measure(Baseline baseline) {
        int extraSockets = OpenSockets.openedSince(baseline.sockets());
        Set<Thread> extraThreads = new HashSet<>(LiveThreads.now());
        extraThreads.removeAll(baseline.threads());
        return new Leak(extraSockets, extraThreads);
    }

    private record Leak(int sockets, Set<Thread> threads) {
        boolean found() {
            return sockets > 0 || !threads.isEmpty();
        }

        String describe() {
            StringBuilder text = new StringBuilder("Resource leak: the test passed, but ");
            if (sockets > 0) {
                text.append(sockets).append(sockets == 1 ? " socket is" : " sockets are").append(" still open");
            }
            if (!threads.isEmpty()) {
                text.append(sockets > 0 ? " and " : "").append(threads.size())
                        .append(threads.size() == 1 ? " thread is" : " threads are").append(" still running: ")
                        .append(LiveThreads.describe(threads));
            }
            return text.append(" ").append(GRACE.toSeconds()).append(" s after it ended.")
                    .append(" Close every socket you open (try-with-resources) and make close() stop")
                    .append(" and join the threads you start.").toString();
        }
    }
}
