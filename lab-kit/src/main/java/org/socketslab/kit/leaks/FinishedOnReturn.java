package org.socketslab.kit.leaks;

import java.net.URL;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what a call such as {@code close()} must have finished by the time it returns: every
 * thread the learner's code started has ended and every socket it opened is closed. The leak
 * check runs after the test and gives closes under way a grace period, so it cannot tell a
 * {@code close()} that waits for its threads from one that only asks them to stop; this check
 * looks at the very moment the call returns, with no grace, and holds the learner's threads
 * on their way out until the call joins them, so that the difference shows every time.
 *
 * <p>It stays fair to the correct ways of waiting: {@code join()} on each thread, with or
 * without a time limit, and {@code shutdown}/{@code shutdownNow} then {@code awaitTermination}
 * on a thread pool (whose workers need only have left the learner's code; the leak check still
 * makes sure they end).
 *
 * <p>Only sockets opened since the baseline count, told apart by their inode, so a socket an
 * earlier test leaked, closed meanwhile by the JDK's Cleaner, cannot hide a new one; the count is
 * exact when the test's own new sockets are steady. A test server that closes its side of a
 * connection does so a moment after the peer has seen the end of the stream, so take the
 * baseline before starting such a server and look once it has stopped (after its
 * {@code close()} has joined its thread), with {@link #assertFinished}.
 *
 * <p>Take the baseline before the learner's code starts anything, then make the call through it:
 * <pre>{@code
 * FinishedOnReturn watch = FinishedOnReturn.watch(MultiClientEchoServer.class);
 * MultiClientEchoServer server = MultiClientEchoServer.start(address);
 * ...
 * watch.call("close()", 1, server::close); // the test still holds one client socket
 * }</pre>
 */
public final class FinishedOnReturn {
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Set<String> POOL_WORKERS = Set.of("java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.ForkJoinWorkerThread");
    private static final List<String> PLATFORM = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

    private final Class<?> learnerClass;
    /** The sockets open at the baseline: only sockets opened since count. */
    private final Optional<Set<String>> sockets;
    private final Set<Thread> threads;
    private final Map<String, Boolean> learnerCode = new HashMap<>();

    private FinishedOnReturn(Class<?> learnerClass) {
        this.learnerClass = learnerClass;
        this.sockets = OpenSockets.open();
        this.threads = LiveThreads.now();
    }

    /** The baseline: the sockets and threads there are now, before the learner's code starts. */
    public static FinishedOnReturn watch(Class<?> learnerClass) {
        return new FinishedOnReturn(Objects.requireNonNull(learnerClass));
    }

    /** A call into the learner's code, such as {@code server::close}. */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    /**
     * Makes {@code call} and fails unless, the moment it returns, every thread the learner's code
     * started before the call has ended, no thread is still running the learner's code, and at most
     * {@code socketsTheTestHolds} more sockets are open than at the baseline.
     *
     * <p>During the call, the learner's threads cannot finish their exit until the call joins them
     * ({@link ExitHold}), so a call that returns without joining them is caught every time, however
     * fast they would have ended. A thread pool's workers are the exception: waiting for a pool
     * ({@code awaitTermination}) waits for its tasks, so for them it is enough that they have left
     * the learner's code.
     *
     * @param name                 the call, as the learner reads it ({@code "close()"})
     * @param socketsTheTestHolds  sockets the test itself opened since the baseline and still holds open
     */
    public void call(String name, int socketsTheTestHolds, Call call) throws Exception {
        Map<Thread, StackTraceElement[]> before = Thread.getAllStackTraces();
        List<Thread> own = LiveThreads.now().stream()
                .filter(t -> !threads.contains(t) && t != Thread.currentThread())
                .filter(t -> runsLearnerCode(before.getOrDefault(t, NO_FRAMES)))
                .filter(t -> !isPoolWorker(before.getOrDefault(t, NO_FRAMES)))
                .collect(Collectors.toList());
        Set<Thread> notEnded;
        ExitHold hold = ExitHold.of(own);
        try {
            call.run();
            notEnded = own.stream().filter(Thread::isAlive).collect(Collectors.toSet());
        } finally {
            hold.release();
        }
        check(name, socketsTheTestHolds, notEnded);
    }

    /**
     * Fails unless no thread started since the baseline is still running the learner's code and at
     * most {@code socketsTheTestHolds} more sockets are open than at the baseline. For a call that
     * already returned and had no threads to wait for, such as a {@code start()} that threw.
     *
     * @param name                 the call that just returned, as the learner reads it ({@code "start()"})
     * @param socketsTheTestHolds  sockets the test itself opened since the baseline and still holds open
     */
    public void assertFinished(String name, int socketsTheTestHolds) {
        check(name, socketsTheTestHolds, Set.of());
    }

    private void check(String call, int socketsTheTestHolds, Set<Thread> notEnded) {
        Map<Thread, StackTraceElement[]> running = Thread.getAllStackTraces();
        int extraSockets = OpenSockets.openedSince(sockets) - socketsTheTestHolds;
        Set<Thread> stillRunning = running.keySet().stream()
                .filter(t -> !threads.contains(t) && t != Thread.currentThread() && t.isAlive())
                .filter(t -> runsLearnerCode(running.get(t)))
                .collect(Collectors.toCollection(HashSet::new));
        stillRunning.addAll(notEnded);
        if (stillRunning.isEmpty() && extraSockets <= 0) {
            return;
        }
        StringBuilder text = new StringBuilder(call).append(" returned while ");
        if (!stillRunning.isEmpty()) {
            text.append(stillRunning.size()).append(stillRunning.size() == 1 ? " thread" : " threads")
                    .append(" your code started had not ended (").append(describe(stillRunning, running)).append(")");
        }
        if (extraSockets > 0) {
            text.append(stillRunning.isEmpty() ? "" : " and ").append(extraSockets)
                    .append(extraSockets == 1 ? " socket" : " sockets").append(" your code opened ")
                    .append(extraSockets == 1 ? "was" : "were").append(" still open");
        }
        text.append(": ").append(call);
        throw new AssertionError((stillRunning.isEmpty() && notEnded.isEmpty()
                ? text.append(" must close every socket it opened before it returns (or throws).")
                : text.append(" must close every socket and then wait for every thread to end (join it) before it")
                        .append(" returns; asking them to stop is not enough.")).toString());
    }

    /** Where each thread was when the call returned, if it was still in the learner's code. */
    private String describe(Set<Thread> stillRunning, Map<Thread, StackTraceElement[]> running) {
        return stillRunning.stream()
                .map(t -> "'" + t.getName() + "'" + Arrays.stream(running.getOrDefault(t, NO_FRAMES))
                        .filter(frame -> isLearnerCode(frame.getClassName()))
                        .map(frame -> " in " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber())
                        .findFirst().orElse(""))
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static boolean isPoolWorker(StackTraceElement[] stack) {
        return Arrays.stream(stack).anyMatch(frame -> POOL_WORKERS.contains(frame.getClassName()));
    }

    private boolean runsLearnerCode(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (isLearnerCode(frame.getClassName())) {
                return true;
            }
        }
        return false;
    }

    /** The learner's classes are those loaded from where the exercise's class came from. */
    private boolean isLearnerCode(String className) {
        if (PLATFORM.stream().anyMatch(className::startsWith)) {
            return false;
        }
        return learnerCode.computeIfAbsent(className, name -> {
            if (name.equals(learnerClass.getName()) || name.startsWith(learnerClass.getName() + "$")) {
                return true;
            }
            URL home = location(learnerClass);
            try {
                Class<?> other = Class.forName(name, false, learnerClass.getClassLoader());
                return home != null && home.equals(location(other));
            } catch (ClassNotFoundException | LinkageError notOurs) {
                return false;
            }
        });
    }

    private static URL location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }
}
