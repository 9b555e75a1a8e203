package org.socketslab.nonblocking.exercise;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The threads a learner's server started: alive now, not alive before, and not the test harness's own. */
final class NewThreads {
    private static final List<String> HARNESS = List.of("junit-", "graded-call", "awaitility", "surefire-",
            "ForkJoinPool.commonPool-", "Common-Cleaner", "process reaper", "Attach Listener");

    private final Set<Thread> before;

    private NewThreads(Set<Thread> before) {
        this.before = before;
    }

    /** Remembers the threads alive now. */
    static NewThreads snapshot() {
        return new NewThreads(Set.copyOf(Thread.getAllStackTraces().keySet()));
    }

    /** The threads started since the snapshot that are still alive. */
    List<Thread> started() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t))
                .filter(t -> HARNESS.stream().noneMatch(t.getName()::startsWith))
                .collect(Collectors.toList());
    }

    static String names(List<Thread> threads) {
        return threads.stream().limit(5).map(t -> "'" + t.getName() + "'")
                .collect(Collectors.joining(", ", "", threads.size() > 5 ? ", …" : ""));
    }
}
