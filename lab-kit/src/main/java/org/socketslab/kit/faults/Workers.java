package org.socketslab.kit.faults;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The threads one fault injector starts, kept so that its {@code close()} can wait for every one
 * of them: a test's leak check counts live threads, and a thread still unwinding after close()
 * returned would be blamed on the learner.
 */
final class Workers {
    private final String namePrefix;
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    /** @param namePrefix starts every thread's name, e.g. {@code chunking-proxy-41234} */
    Workers(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    /** Starts {@code task} in a daemon thread named {@code namePrefix-name}. */
    void start(String name, Runnable task) {
        // Finished threads are dropped here rather than by themselves, so that joinAll never
        // misses one that has left the set but not yet died.
        threads.removeIf(t -> !t.isAlive());
        Thread thread = new Thread(task, namePrefix + "-" + name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /**
     * Interrupts every thread (to cut short a pause) and waits until all have ended or
     * {@code timeout} has passed, whichever comes first. Threads started meanwhile are waited
     * for too.
     *
     * @return whether every thread ended in time
     */
    boolean interruptAndJoin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        threads.forEach(Thread::interrupt);
        boolean interrupted = false;
        try {
            while (true) {
                Thread next = threads.stream()
                        .filter(t -> t.isAlive() && t != Thread.currentThread())
                        .findFirst().orElse(null);
                if (next == null) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                next.interrupt();
                try {
                    next.join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
