package org.socketslab.kit.leaks;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The threads alive now, minus those the JVM and the test framework start on their own. */
final class LiveThreads {
    /** Started lazily by the JDK or by JUnit itself; never the learner's. */
    private static final List<String> INFRASTRUCTURE = List.of(
            "junit-", "Common-Cleaner", "ForkJoinPool.commonPool-", "process reaper", "Attach Listener",
            "surefire-", "awaitility", "Signal Dispatcher", "Notification Thread", "Reference Handler",
            "Finalizer", "JFR ", "RMI ", "Keep-Alive-Timer");

    private LiveThreads() {
    }

    static Set<Thread> now() {
        Set<Thread> threads = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && INFRASTRUCTURE.stream().noneMatch(t.getName()::startsWith)) {
                threads.add(t);
            }
        }
        return threads;
    }

    static String describe(Set<Thread> threads) {
        return threads.stream()
                .map(t -> "'" + t.getName() + "' (" + t.getState() + topFrame(t) + ")")
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static String topFrame(Thread t) {
        StackTraceElement[] stack = t.getStackTrace();
        for (StackTraceElement frame : stack) {
            if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("sun.")
                    && !frame.getClassName().startsWith("jdk.")) {
                return " in " + frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return stack.length == 0 ? "" : " in " + stack[0];
    }
}
