package org.socketslab.kit.leaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;
import org.socketslab.kit.testing.FixtureRun;

/** The leak check fails graded tests that leave sockets or threads behind, and only those. */
class LeakCheckExtensionTest {
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static ServerSocket leakedSocket;

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class LeavesAThreadRunning {
        @Test
        void startsAndForgets() {
            Thread worker = new Thread(() -> {
                try {
                    RELEASE.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "forgotten-worker");
            worker.start();
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class LeavesASocketOpen {
        @Test
        void opensAndForgets() throws IOException {
            leakedSocket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class CleansUp {
        @Test
        void closesWhatItOpens() throws Exception {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Thread worker = new Thread(() -> { }, "short-lived");
                worker.start();
                worker.join();
                assertThat(socket.isBound()).isTrue();
            }
        }
    }

    @AfterEach
    void releaseWhatTheFixturesLeaked() throws IOException {
        RELEASE.countDown();
        if (leakedSocket != null) {
            leakedSocket.close();
        }
    }

    @Test
    void aThreadLeftRunningFailsTheTestAndIsNamed() {
        TestOutcome outcome = FixtureRun.single(LeavesAThreadRunning.class);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).contains("Resource leak", "1 thread is still running", "'forgotten-worker'");
    }

    @Test
    void aSocketLeftOpenFailsTheTestWhereSocketsCanBeCounted() {
        assumeTrue(OpenSockets.count().isPresent(), "open sockets cannot be counted on this system");
        TestOutcome outcome = FixtureRun.single(LeavesASocketOpen.class);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).contains("Resource leak", "1 socket is still open");
    }

    @Test
    void aTestThatClosesEverythingPasses() {
        TestOutcome outcome = FixtureRun.single(CleansUp.class);
        assertThat(outcome.status()).as(outcome.message()).isEqualTo(Status.PASSED);
    }
}
