package org.socketslab.kit.leaks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Tells a close() that waits for its threads and sockets from one that returns before they are done. */
class FinishedOnReturnTest {

    /** Plays the learner's server: one thread that runs until told to stop. */
    static final class Worker {
        final CountDownLatch running = new CountDownLatch(1);
        final CountDownLatch stop = new CountDownLatch(1);
        final CountDownLatch mayEnd = new CountDownLatch(1);
        final Thread thread = new Thread(this::run, "fixture-worker");

        /** A task of the learner's that runs until the pool interrupts it. */
        static void untilInterrupted(CountDownLatch started) {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void run() {
            running.countDown();
            try {
                stop.await();
                mayEnd.await(); // still in our code after being asked to stop: a slow way out
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aCloseThatJoinsPasses() throws InterruptedException {
        FinishedOnReturn watch = FinishedOnReturn.watch(Worker.class);
        Worker worker = new Worker();
        worker.thread.start();
        worker.running.await();
        assertThatCode(() -> watch.call("close()", 0, () -> {
            worker.stop.countDown();
            worker.mayEnd.countDown();
            worker.thread.join(5_000);
        })).doesNotThrowAnyException();
    }

    @Test
    void aCloseThatJoinsThroughAHelperThreadPasses() throws InterruptedException {
        FinishedOnReturn watch = FinishedOnReturn.watch(Worker.class);
        Worker worker = new Worker();
        worker.mayEnd.countDown();
        worker.thread.start();
        worker.running.await();
        assertThatCode(() -> watch.call("close()", 0, () -> {
            worker.stop.countDown();
            Thread helper = new Thread(() -> {
                try {
                    worker.thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "joining-helper");
            helper.start();
            helper.join(5_000);
        })).doesNotThrowAnyException();
    }

    @Test
    void aCloseThatOnlyAsksFailsAndNamesTheThread() throws InterruptedException {
        FinishedOnReturn watch = FinishedOnReturn.watch(Worker.class);
        Worker worker = new Worker();
        worker.thread.start();
        worker.running.await();
        try {
            assertThatThrownBy(() -> watch.call("close()", 0, worker.stop::countDown))
                    .hasMessageContaining("close() returned while 1 thread your code started had not ended")
                    .hasMessageContaining("'fixture-worker' in " + Worker.class.getName() + ".run");
        } finally {
            worker.mayEnd.countDown();
            worker.thread.join(5_000);
        }
    }

    @Test
    void aCloseThatDoesNotJoinIsCaughtEvenWhenItsThreadEndsAtOnce() throws Exception {
        for (int round = 0; round < 20; round++) {
            FinishedOnReturn watch = FinishedOnReturn.watch(Worker.class);
            Worker worker = new Worker();
            worker.mayEnd.countDown();
            worker.thread.start();
            worker.running.await();
            try {
                assertThatThrownBy(() -> watch.call("close()", 0, worker.stop::countDown))
                        .hasMessageContaining("1 thread your code started had not ended ('fixture-worker'");
            } finally {
                worker.thread.join(5_000);
            }
        }
    }

    @Test
    void aPoolWorkerThatLeftTheLearnersCodeIsNotHeldAgainstClose() throws InterruptedException {
        for (int round = 0; round < 20; round++) {
            FinishedOnReturn watch = FinishedOnReturn.watch(Worker.class);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch started = new CountDownLatch(4);
            for (int i = 0; i < 4; i++) {
                pool.execute(() -> Worker.untilInterrupted(started));
            }
            started.await();
            assertThatCode(() -> watch.call("close()", 0, () -> {
                pool.shutdownNow();
                pool.awaitTermination(5, TimeUnit.SECONDS);
            })).doesNotThrowAnyException();
        }
    }

    @Test
    void aSocketLeftOpenFailsAndOnesTheTestHoldsDoNot() throws IOException {
        assumeTrue(OpenSockets.count().isPresent(), "open sockets cannot be counted on this system");
        FinishedOnReturn watch = FinishedOnReturn.watch(Worker.class);
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatCode(() -> watch.assertFinished("close()", 1)).doesNotThrowAnyException();
            assertThatThrownBy(() -> watch.assertFinished("close()", 0))
                    .hasMessageContaining("close() returned while 1 socket your code opened was still open");
        }
    }
}
