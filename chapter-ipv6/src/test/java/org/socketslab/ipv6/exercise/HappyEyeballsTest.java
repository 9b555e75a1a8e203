package org.socketslab.ipv6.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.HungConnectEndpoint;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.RequiresIpv6Loopback;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;

@Tag("ipv6-4")
@Exercise(id = "ipv6-4", title = "Happy eyeballs: IPv6 first, never stuck on one address", docs = "ipv6.html#ipv6-4")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // in the docs' order: quick checks first, so a wrong solution fails fast
class HappyEyeballsTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(8);
    private static final String HUNG = "connect() is still waiting: it seems to wait for one address to time out"
            + " before it tries the next. Start the next attempt after the stagger, while the first one goes on.";

    // Where connects hang. They live as long as the class, not one test: a connect left hanging by
    // a test then still hangs when the leak check looks for it after the test. (Closed, the
    // endpoint would refuse the hung connect about a second later and hide the leak.)
    private static HungConnectEndpoint hung6;
    private static HungConnectEndpoint hung4;

    @BeforeAll
    static void startHungEndpoints() throws IOException {
        hung4 = HungConnectEndpoint.on(Loopback.ipv4()).start();
        if (Loopback.ipv6Available()) {
            hung6 = HungConnectEndpoint.on(Loopback.ipv6()).start();
        }
    }

    @AfterAll
    static void closeHungEndpoints() {
        hung4.close();
        if (hung6 != null) {
            hung6.close();
        }
    }

    /** A listening socket that never accepts: its connects complete in the backlog. */
    private static ServerSocket listening(InetAddress address) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(address, 0), 50);
        return server;
    }

    private static InetSocketAddress addressOf(ServerSocket server) {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** An address where nothing listens: a connect there is refused at once. */
    private static InetSocketAddress refused(InetAddress address) throws IOException {
        try (ServerSocket probe = listening(address)) {
            return addressOf(probe);
        }
    }

    /**
     * An IPv6 address whose connect fails at once: nothing listens there or, on a machine without
     * IPv6, no IPv6 socket can be made at all ("Protocol family unavailable"). Either way the
     * attempt fails outright, so the tests that use it run everywhere.
     */
    private static InetSocketAddress failingIpv6() throws IOException {
        return Loopback.ipv6Available() ? refused(Loopback.ipv6()) : v6(9);
    }

    private static InetSocketAddress v6(int port) {
        return new InetSocketAddress(Loopback.ipv6(), port);
    }

    private static InetSocketAddress v4(int port) {
        return new InetSocketAddress(Loopback.ipv4(), port);
    }

    /** How long a connect took and what it returned; the socket is closed by the caller. */
    private record Timed(Socket socket, long millis) {
    }

    private static Timed timedConnect(List<InetSocketAddress> addresses, Duration stagger) throws Exception {
        StartedThreads threads = StartedThreads.before();
        long start = System.nanoTime();
        Socket socket = TimeLimit.call(LIMIT, HUNG, () -> {
            Socket connected = HappyEyeballs.connect(addresses, stagger, CONNECT_TIMEOUT);
            // At once, in the calling thread: a thread that was only told to stop is still alive now.
            assertThreadsEnded(threads, connected);
            if (Thread.currentThread().isInterrupted()) {
                connected.close();
                throw new AssertionError("connect() returned with the calling thread interrupted, though nothing had"
                        + " interrupted it: restore an interrupt only if one was caught");
            }
            return connected;
        });
        return new Timed(socket, (System.nanoTime() - start) / 1_000_000);
    }

    /** Fails if a thread connect() started is still alive now that it has returned. */
    private static void assertThreadsEnded(StartedThreads threads, Socket returned) throws IOException {
        Set<Thread> running = StartedThreads.stillRunningExerciseCode(threads.since());
        if (!running.isEmpty()) {
            if (returned != null) {
                returned.close();
            }
            throw new AssertionError("connect() returned while " + StartedThreads.names(running) + " it started was"
                    + " still running: close the losing attempts, then join their threads before returning");
        }
    }

    @Test
    @Order(1)
    @DisplayName("orders the addresses IPv6 first, then alternating families")
    void ordersByFamily(Steps steps) {
        InetSocketAddress a4 = v4(1);
        InetSocketAddress b4 = v4(2);
        InetSocketAddress c4 = v4(3);
        InetSocketAddress a6 = v6(4);
        InetSocketAddress b6 = v6(5);
        List<InetSocketAddress> given = List.of(a4, b4, a6, c4, b6);
        List<InetSocketAddress> copy = new ArrayList<>(given);
        steps.step("order(" + given + ")");
        assertThat(HappyEyeballs.order(given)).as("order(" + given + ")").containsExactly(a6, a4, b6, b4, c4);
        assertThat(given).as("the list passed to order()").isEqualTo(copy);
        steps.step("order([" + a4 + ", " + b4 + "]): IPv4 only");
        assertThat(HappyEyeballs.order(List.of(a4, b4))).containsExactly(a4, b4);
    }

    @Test
    @Order(6)
    @RequiresIpv6Loopback
    @DisplayName("connects over IPv6 at once when it answers, even when IPv4 is listed first")
    void ipv6WinsWithoutWaiting(Steps steps) throws Exception {
        Duration stagger = Duration.ofSeconds(1);
        try (ServerSocket live6 = listening(Loopback.ipv6())) {
            List<InetSocketAddress> addresses = List.of(hung4.address(), addressOf(live6));
            steps.step("connect(" + addresses + ", stagger 1 s): the IPv4 address hangs, the IPv6 one listens");
            Timed result = timedConnect(addresses, stagger);
            try (Socket socket = result.socket()) {
                assertThat(socket.getRemoteSocketAddress()).as("where the returned socket is connected")
                        .isEqualTo(addressOf(live6));
                assertThat(result.millis()).withFailMessage("connect() returned after %d ms; an IPv6 address that answers"
                        + " should win before the stagger (%d ms) is over, even when IPv4 is listed first",
                        result.millis(), stagger.toMillis()).isLessThan(stagger.toMillis() / 2);
            }
        }
    }

    @Test
    @Order(7)
    @RequiresIpv6Loopback
    @DisplayName("connects over IPv4 soon after the stagger when IPv6 hangs, and closes the hung attempt")
    void ipv4AfterTheStaggerWhenIpv6Hangs(Steps steps) throws Exception {
        Duration stagger = Duration.ofMillis(250);
        try (ServerSocket live4 = listening(Loopback.ipv4())) {
            List<InetSocketAddress> addresses = List.of(hung6.address(), addressOf(live4));
            steps.step("connect(" + addresses + ", stagger 250 ms, connect timeout 8 s): the IPv6 address hangs");
            Timed result = timedConnect(addresses, stagger);
            try (Socket socket = result.socket()) {
                assertThat(socket.getRemoteSocketAddress()).as("where the returned socket is connected")
                        .isEqualTo(addressOf(live4));
                assertThat(result.millis()).withFailMessage("connect() returned after %d ms; IPv4 may start only once the"
                        + " stagger (%d ms) is over, and must not wait for IPv6's connect timeout (%d ms)",
                        result.millis(), stagger.toMillis(), CONNECT_TIMEOUT.toMillis())
                        .isBetween(stagger.toMillis() / 2, CONNECT_TIMEOUT.toMillis() / 4);
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("starts the next attempt at once when one fails")
    void nextAttemptAtOnceAfterAFailure(Steps steps) throws Exception {
        Duration stagger = Duration.ofSeconds(1);
        try (ServerSocket live4 = listening(Loopback.ipv4())) {
            List<InetSocketAddress> addresses = List.of(failingIpv6(), addressOf(live4));
            steps.step("connect(" + addresses + ", stagger 1 s): the IPv6 attempt fails at once");
            Timed result = timedConnect(addresses, stagger);
            try (Socket socket = result.socket()) {
                assertThat(socket.getRemoteSocketAddress()).isEqualTo(addressOf(live4));
                assertThat(result.millis()).withFailMessage("connect() returned after %d ms; once the only running attempt"
                        + " has failed, waiting for the stagger (%d ms) is time lost: start the next attempt at once",
                        result.millis(), stagger.toMillis()).isLessThan(stagger.toMillis() / 2);
            }
        }
    }

    @Test
    @Order(4)
    @DisplayName("throws one IOException carrying the failure of every attempt when none connects")
    void reportsEveryFailure(Steps steps) throws Exception {
        List<InetSocketAddress> addresses = List.of(failingIpv6(), refused(Loopback.ipv4()), failingIpv6());
        steps.step("connect(" + addresses + "): no address connects");
        Throwable thrown = catchThrowable(() -> TimeLimit.call(LIMIT, HUNG,
                () -> HappyEyeballs.connect(addresses, Duration.ofMillis(100), CONNECT_TIMEOUT)));
        assertThat(thrown).as("what connect() throws").isInstanceOf(IOException.class);
        assertThat(thrown.getSuppressed()).as("the failures added to it as suppressed, one per address")
                .hasSize(3).allMatch(IOException.class::isInstance);
        assertThat(thrown.getMessage()).as("the message of the IOException, which names how many addresses were tried")
                .isNotNull().contains("3");
    }

    @Test
    @Order(5)
    @DisplayName("adds the failures as suppressed in the order the attempts were tried, not the order they failed")
    void suppressedInTheOrderTried(Steps steps) throws Exception {
        List<InetSocketAddress> addresses = List.of(hung4.address(), refused(Loopback.ipv4()));
        steps.step("connect(" + addresses + ", stagger 50 ms, connect timeout 300 ms): the first hangs until its"
                + " timeout, the second is refused at once, before the first has failed");
        Throwable thrown = catchThrowable(() -> TimeLimit.call(LIMIT, HUNG,
                () -> HappyEyeballs.connect(addresses, Duration.ofMillis(50), Duration.ofMillis(300))));
        assertThat(thrown).as("what connect() throws").isInstanceOf(IOException.class);
        assertThat(thrown.getSuppressed()).as("the suppressed failures, in the order the attempts were tried: the"
                + " first attempt's timeout, then the second's refusal").hasSize(2);
        assertThat(thrown.getSuppressed()[0]).as("the first suppressed failure: the first attempt's, a timeout")
                .isInstanceOf(SocketTimeoutException.class);
        assertThat(thrown.getSuppressed()[1]).as("the second suppressed failure: the second attempt's, a refusal")
                .isInstanceOf(ConnectException.class);
    }

    @Test
    @Order(8)
    @DisplayName("starts each next attempt one stagger after the previous one, with the stagger it is given")
    void staggersEachAttempt(Steps steps) throws Exception {
        Duration stagger = Duration.ofMillis(600);
        try (ServerSocket live4 = listening(Loopback.ipv4())) {
            List<InetSocketAddress> addresses = List.of(hung4.address(), hung4.address(), addressOf(live4));
            steps.step("connect(" + addresses + ", stagger 600 ms): the first two hang, the third listens");
            Timed result = timedConnect(addresses, stagger);
            try (Socket socket = result.socket()) {
                assertThat(socket.getRemoteSocketAddress()).as("where the returned socket is connected")
                        .isEqualTo(addressOf(live4));
                assertThat(result.millis()).withFailMessage("connect() returned after %d ms; the third attempt may start"
                        + " only two staggers (2 x %d ms) after the first, each one stagger after the one before it,"
                        + " with the stagger passed in", result.millis(), stagger.toMillis())
                        .isBetween(stagger.toMillis() * 3 / 2, stagger.toMillis() * 4);
            }
        }
    }

    @Test
    @Order(9)
    @DisplayName("has ended every thread it started when it returns, after four attempts that hung")
    void endsItsThreadsBeforeReturning(Steps steps) throws Exception {
        ExecutorService caller = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "graded-call");
            thread.setDaemon(true);
            return thread;
        });
        try (ServerSocket live4 = listening(Loopback.ipv4())) {
            InetSocketAddress hung = hung4.address();
            List<InetSocketAddress> addresses = List.of(hung, hung, hung, hung, addressOf(live4));
            steps.step("five times connect(" + addresses + ", stagger 20 ms): four attempts hang, the fifth connects");
            // A thread that was only told to stop is still alive the instant connect() returns, most of the
            // time; five rounds make the catch certain. Threads are captured mid-call, while the hung
            // attempts run, and checked at once when connect() returns, in the calling thread.
            for (int round = 1; round <= 5; round++) {
                StartedThreads threads = StartedThreads.before();
                AtomicReference<Set<Thread>> midCall = new AtomicReference<>();
                Future<Set<Thread>> result = caller.submit(() -> {
                    Socket socket = HappyEyeballs.connect(addresses, Duration.ofMillis(20), CONNECT_TIMEOUT);
                    Set<Thread> seen = midCall.get();
                    Set<Thread> running = seen == null ? Set.of()
                            : StartedThreads.stillRunningExerciseCode(seen);
                    socket.close();
                    return running;
                });
                try {
                    result.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillConnecting) {
                    midCall.set(threads.since());
                }
                Set<Thread> running;
                try {
                    running = result.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    throw new AssertionError("connect() threw " + e.getCause() + " although the fifth address listens",
                            e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("no result after " + LIMIT.toMillis() + " ms: " + HUNG);
                }
                if (!running.isEmpty()) {
                    throw new AssertionError("round " + round + ": connect() returned while " + StartedThreads.names(running)
                            + " it started was still running: close the losing attempts, then join their threads"
                            + " before returning");
                }
            }
        } finally {
            caller.shutdownNow();
        }
    }

    @Test
    @Order(10)
    @DisplayName("lets an earlier attempt run on and win when it answers after the stagger")
    void earlierAttemptKeepsRunning(Steps steps) throws Exception {
        try (SlowConnectEndpoint slow = SlowConnectEndpoint.on(Loopback.ipv4())) {
            List<InetSocketAddress> addresses = List.of(slow.address(), refused(Loopback.ipv4()));
            steps.step("connect(" + addresses + ", stagger 100 ms): the first answers only after about a second,"
                    + " the second is refused at once");
            ExecutorService caller = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "graded-call");
                thread.setDaemon(true);
                return thread;
            });
            try {
                Future<Socket> result = caller.submit(() -> HappyEyeballs.connect(addresses, Duration.ofMillis(100),
                        CONNECT_TIMEOUT));
                try {
                    Socket early = result.get(400, TimeUnit.MILLISECONDS);
                    early.close();
                    throw new AssertionError("connect() returned after less than 400 ms, while the first address"
                            + " could not have answered yet");
                } catch (TimeoutException stillConnecting) {
                    // Right: the first attempt is still connecting, the second has failed.
                } catch (ExecutionException e) {
                    throw new AssertionError("connect() gave up within 400 ms (" + e.getCause() + ") although the first"
                            + " attempt was still connecting: starting the next attempt must not stop the previous one,"
                            + " and each attempt has connectTimeout of its own (here " + CONNECT_TIMEOUT.toMillis()
                            + " ms), not the stagger");
                }
                steps.step("after 400 ms, the first address began to answer");
                slow.release();
                try (Socket socket = result.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    assertThat(socket.getRemoteSocketAddress()).as("where the returned socket is connected")
                            .isEqualTo(slow.address());
                }
            } finally {
                caller.shutdownNow();
            }
        }
    }

    @Test
    @Order(11)
    @RequiresIpv6Loopback
    @DisplayName("gives up on addresses that hang after the connect timeout, each counted from its own start")
    void usesTheConnectTimeout(Steps steps) throws Exception {
        List<InetSocketAddress> addresses = List.of(hung6.address(), hung4.address(), hung6.address());
        steps.step("connect(" + addresses + ", stagger 400 ms, connect timeout 800 ms): all three hang");
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(() -> TimeLimit.call(LIMIT, "connect() went on after the connect timeout:"
                + " pass it to every Socket.connect(address, timeout)",
                () -> HappyEyeballs.connect(addresses, Duration.ofMillis(400), Duration.ofMillis(800))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(thrown).as("what connect() throws").isInstanceOf(IOException.class);
        assertThat(thrown.getSuppressed()).as("the failures added to it as suppressed").hasSize(3)
                .allMatch(SocketTimeoutException.class::isInstance);
        // The third attempt starts 800 ms in and times out at 1600 ms; one deadline for all would end at 800 ms.
        assertThat(millis).withFailMessage("connect() gave up after %d ms; the third attempt starts 800 ms in and gets"
                + " its own 800 ms connect timeout, so nothing can end before 1600 ms", millis).isGreaterThanOrEqualTo(1_200);
    }

    @Test
    @Order(2)
    @DisplayName("rejects an empty list of addresses")
    void rejectsNoAddress(Steps steps) {
        steps.step("connect([], 250 ms, 8 s)");
        assertThatThrownBy(() -> HappyEyeballs.connect(List.of(), Duration.ofMillis(250), CONNECT_TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
