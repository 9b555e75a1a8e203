package org.socketslab.ipv6.exercise;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The platform threads started between {@link #before()} and {@link #since()}: those of the
 * learner's server, so that a test can tell whether close() waited for them to end. Threads
 * the JDK, JUnit and lab-kit start on their own are left out.
 */
final class StartedThreads {
    private static final List<String> NOT_THE_LEARNERS = List.of(
            "graded-call", "junit-", "Common-Cleaner", "ForkJoinPool.commonPool-", "process reaper",
            "Attach Listener", "surefire-", "awaitility", "Keep-Alive-Timer");

    private final Set<Thread> before;

    private StartedThreads(Set<Thread> before) {
        this.before = before;
    }

    static StartedThreads before() {
        return new StartedThreads(alive());
    }

    /** The threads alive now that were not alive at {@link #before()}. */
    Set<Thread> since() {
        Set<Thread> started = alive();
        started.removeAll(before);
        return started;
    }

    /**
     * Those of {@code threads} still running the exercise's code. A thread that has left it is
     * ending: a pool's worker that awaitTermination() has just seen finish may still be alive
     * for a moment, on its way out of the JDK, and counts as ended.
     */
    static Set<Thread> stillRunningExerciseCode(Set<Thread> threads) {
        Set<Thread> running = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Thread thread : threads) {
            if (thread.isAlive() && runsExerciseCode(thread)) {
                running.add(thread);
            }
        }
        return running;
    }

    private static boolean runsExerciseCode(Thread thread) {
        String exercise = StartedThreads.class.getPackageName() + ".";
        for (StackTraceElement frame : thread.getStackTrace()) {
            String outer = frame.getClassName().split("\\$")[0];
            if (outer.startsWith(exercise) && !outer.endsWith("Test")) {
                return true;
            }
        }
        return false;
    }

    static String names(Set<Thread> threads) {
        return threads.stream().map(t -> "'" + t.getName() + "'").sorted()
                .collect(Collectors.joining(", "));
    }

    private static Set<Thread> alive() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && NOT_THE_LEARNERS.stream().noneMatch(thread.getName()::startsWith)) {
                threads.add(thread);
            }
        }
        return threads;
    }
}
