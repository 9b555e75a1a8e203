package org.socketslab.kit.leaks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps threads from finishing their exit until someone joins them, so that a call that returns
 * without joining them is seen to do so every time, not only when it wins a race.
 *
 * <p>A thread's last step, after its {@code run()} has returned, takes the monitor of its
 * {@code Thread} object, and {@code join()} waits on that same monitor. A holder thread per held
 * thread owns that monitor: the thread can end its work but stays alive. The moment any thread
 * blocks in {@code join()} on one of them, that one is let go, ends, and the join returns. A call
 * that never joins a thread returns while that thread is still alive.
 */
final class ExitHold {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

    private final List<Holder> holders = new ArrayList<>();
    private final Thread watcher;
    private volatile boolean released;

    private ExitHold(List<Thread> threads) throws InterruptedException {
        CountDownLatch allHeld = new CountDownLatch(threads.size());
        for (Thread thread : threads) {
            Holder holder = new Holder(thread, allHeld);
            holders.add(holder);
            holder.start();
        }
        if (!allHeld.await(5, TimeUnit.SECONDS)) {
            release();
            throw new IllegalStateException("could not hold the threads' exit within 5 s");
        }
        watcher = new Thread(this::releaseWhatTheCallerJoins, "exit-hold-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Holds the exit of {@code threads} until a thread joins them, or until released. */
    static ExitHold of(List<Thread> threads) throws InterruptedException {
        return new ExitHold(threads);
    }

    /** Any thread may be the one that joins (the caller, or a helper it waits for). */
    @SuppressWarnings("deprecation") // Thread.threadId() is JDK 19+; getId() is the same number
    private void releaseWhatTheCallerJoins() {
        while (!released) {
            for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                if (info != null && info.getThreadState() == Thread.State.BLOCKED) {
                    for (Holder holder : holders) {
                        if (holder.getId() == info.getLockOwnerId()) {
                            holder.release();
                        }
                    }
                }
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /** Lets every held thread go and waits for the holders to end. */
    void release() throws InterruptedException {
        released = true;
        for (Holder holder : holders) {
            holder.release();
        }
        for (Holder holder : holders) {
            holder.join(5_000);
        }
        if (watcher != null) {
            watcher.join(5_000);
        }
    }

    /** Owns one thread's monitor until released. */
    private static final class Holder extends Thread {
        private final Thread held;
        private final CountDownLatch allHeld;
        private final CountDownLatch release = new CountDownLatch(1);

        Holder(Thread held, CountDownLatch allHeld) {
            super("exit-hold-" + held.getName());
            setDaemon(true);
            this.held = held;
            this.allHeld = allHeld;
        }

        @Override
        public void run() {
            synchronized (held) {
                allHeld.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void release() {
            release.countDown();
        }
    }
}
