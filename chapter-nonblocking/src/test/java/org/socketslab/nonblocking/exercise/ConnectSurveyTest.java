package org.socketslab.nonblocking.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketslab.nonblocking.exercise.ConnectSurvey.Outcome.CONNECTED;
import static org.socketslab.nonblocking.exercise.ConnectSurvey.Outcome.REFUSED;
import static org.socketslab.nonblocking.exercise.ConnectSurvey.Outcome.TIMED_OUT;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.HungConnectEndpoint;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.nonblocking.exercise.ConnectSurvey.Outcome;

@Tag("nonblocking-2")
@Exercise(id = "nonblocking-2", title = "Many connects, one Selector", docs = "nonblocking.html#nonblocking-2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectSurveyTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);

    /** The survey's result and how long it took. */
    private record Timed(List<Outcome> outcomes, long millis) {
    }

    private static Timed survey(List<InetSocketAddress> endpoints, Duration deadline) throws Exception {
        return survey(endpoints, deadline, LIMIT, "connectAll(" + endpoints.size() + " endpoints, " + deadline.toMillis()
                + " ms) did not return: does select() get the time left until the deadline?");
    }

    private static Timed survey(List<InetSocketAddress> endpoints, Duration deadline, Duration limit, String whenHung)
            throws Exception {
        return TimeLimit.call(limit, whenHung, () -> {
                    long start = System.nanoTime();
                    List<Outcome> outcomes = ConnectSurvey.connectAll(endpoints, deadline);
                    return new Timed(outcomes, (System.nanoTime() - start) / 1_000_000);
                });
    }

    private static ServerSocket listener() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    private static InetSocketAddress address(ServerSocket listener) {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private static InetSocketAddress nothingListens() throws IOException {
        try (ServerSocket gone = listener()) {
            return address(gone);
        }
    }

    private static void assertOutcomes(String what, List<Outcome> expected, List<Outcome> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (expected.get(i) == REFUSED && actual.get(i) == CONNECTED) {
                throw new AssertionError("endpoint " + i + " of " + what + " is a port where nothing listens, but it was"
                        + " reported CONNECTED. A key ready for OP_CONNECT only says the handshake is over, not that it"
                        + " worked: finishConnect() tells, by returning true or throwing ConnectException");
            }
        }
        assertThat(actual).as("outcomes for %s, in the order of the endpoints", what).containsExactlyElementsOf(expected);
    }

    @Test
    @Order(8)
    @DisplayName("reports CONNECTED for endpoints that accept")
    void connected(Steps steps) throws Exception {
        try (ServerSocket a = listener(); ServerSocket b = listener(); ServerSocket c = listener()) {
            steps.step("connectAll(3 listening endpoints, 2 s)");
            Timed result = survey(List.of(address(a), address(b), address(c)), Duration.ofSeconds(2));
            assertOutcomes("three listening endpoints", List.of(CONNECTED, CONNECTED, CONNECTED), result.outcomes());
        }
    }

    @Test
    @Order(3)
    @DisplayName("reports REFUSED where nothing listens, never CONNECTED")
    void refused(Steps steps) throws Exception {
        try (ServerSocket open = listener()) {
            steps.step("connectAll([closed port, listening endpoint, closed port], 2 s)");
            Timed result = survey(List.of(nothingListens(), address(open), nothingListens()), Duration.ofSeconds(2));
            assertOutcomes("[closed port, listening endpoint, closed port]", List.of(REFUSED, CONNECTED, REFUSED),
                    result.outcomes());
        }
    }

    @Test
    @Order(5)
    @DisplayName("reports TIMED_OUT for a connect that hangs, soon after the deadline")
    void timedOut(Steps steps) throws Exception {
        try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start()) {
            steps.step("connectAll([an endpoint where connects hang], 300 ms)");
            Timed result = survey(List.of(hung.address()), Duration.ofMillis(300), Duration.ofMillis(2_000),
                    "connectAll([an endpoint where connects hang], 300 ms) had not returned after 2 s: does select() get"
                    + " the time left until the deadline?");
            assertOutcomes("an endpoint where connects hang", List.of(TIMED_OUT), result.outcomes());
            assertThat(result.millis()).as("ms connectAll(…, 300 ms) took").isBetween(250L, 2_000L);
        }
    }

    @Test
    @Order(6)
    @DisplayName("runs all connects at once: 8 hanging endpoints take one deadline, not 8")
    void allAtOnce(Steps steps) throws Exception {
        try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start()) {
            steps.step("connectAll(8 endpoints where connects hang, 400 ms)");
            Timed result = survey(Collections.nCopies(8, hung.address()), Duration.ofMillis(400),
                    Duration.ofMillis(1_600), "connectAll(8 hanging endpoints, 400 ms) had not returned after 1.6 s;"
                    + " one after the other they take 8 x 400 ms, at the same time about 400 ms");
            assertThat(result.millis()).as("ms connectAll(8 hanging endpoints, 400 ms) took; one after the other they"
                    + " take 8 x 400 ms, at the same time about 400 ms").isLessThan(1_600L);
            assertOutcomes("8 hanging endpoints", Collections.nCopies(8, TIMED_OUT), result.outcomes());
        }
    }

    @Test
    @Order(9)
    @DisplayName("reports every endpoint right when hanging ones come first")
    void hangingFirst(Steps steps) throws Exception {
        try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start();
             ServerSocket open = listener()) {
            steps.step("connectAll([hanging, listening, hanging, closed port, listening], 500 ms)");
            Timed result = survey(List.of(hung.address(), address(open), hung.address(), nothingListens(), address(open)),
                    Duration.ofMillis(500));
            assertOutcomes("[hanging, listening, hanging, closed port, listening]",
                    List.of(TIMED_OUT, CONNECTED, TIMED_OUT, REFUSED, CONNECTED), result.outcomes());
            assertThat(result.millis()).as("ms connectAll(…, 500 ms) took: two endpoints had no answer, so they may be"
                    + " reported TIMED_OUT only once the deadline has passed").isGreaterThanOrEqualTo(480L);
        }
    }

    @Test
    @Order(1)
    @DisplayName("returns as soon as every endpoint has answered, without waiting for the deadline")
    void returnsEarly(Steps steps) throws Exception {
        try (ServerSocket open = listener()) {
            steps.step("connectAll([listening, closed port], 5 s)");
            Timed result = survey(List.of(address(open), nothingListens()), Duration.ofSeconds(5), Duration.ofSeconds(2),
                    "connectAll(…, 5 s) was still running after 2 s, though both endpoints answer at once: return as"
                    + " soon as every endpoint has an outcome; the deadline is a limit, not a wait");
            assertThat(result.millis()).as("ms connectAll(…, 5 s) took when both endpoints answer at once;"
                    + " the deadline is a limit, not a wait").isLessThan(2_000L);
            assertOutcomes("[listening, closed port]", List.of(CONNECTED, REFUSED), result.outcomes());
        }
    }

    @Test
    @Order(7)
    @DisplayName("uses no thread but the calling one")
    void noThreads(Steps steps) throws Exception {
        try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start(); ServerSocket open = listener()) {
            steps.step("connectAll([listening, hanging, closed port], 300 ms), counting the threads the JVM starts");
            long started = TimeLimit.call(LIMIT, "connectAll() did not return", () -> {
                long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
                ConnectSurvey.connectAll(List.of(address(open), hung.address(), nothingListens()), Duration.ofMillis(300));
                return ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
            });
            assertThat(started).as("threads started during connectAll(): one thread with one Selector does it all")
                    .isZero();
        }
    }

    @Test
    @Order(4)
    @DisplayName("closes every connection it opened, the connected ones included")
    void closesEverything(Steps steps) throws Exception {
        try (ServerSocket open = listener()) {
            steps.step("connectAll([listening, listening], 2 s)");
            Timed result = survey(List.of(address(open), address(open)), Duration.ofSeconds(2));
            assertOutcomes("[listening, listening]", List.of(CONNECTED, CONNECTED), result.outcomes());
            steps.step("the server accepted both connections and read from them");
            open.setSoTimeout(2_000);
            List<Socket> accepted = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    Socket connection = open.accept();
                    accepted.add(connection);
                    connection.setSoTimeout(2_000);
                    try {
                        assertThat(connection.getInputStream().read()).as("what the server read").isEqualTo(-1);
                    } catch (SocketTimeoutException e) {
                        throw new AssertionError("connection " + (i + 1) + " was still open 2 s after connectAll() returned:"
                                + " close every channel, the connected ones too, before returning");
                    } catch (java.net.SocketException reset) {
                        // Closed with a reset: closed all the same.
                    }
                }
            } finally {
                for (Socket connection : accepted) {
                    connection.close();
                }
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("returns no outcomes for no endpoints, and refuses a deadline that is not positive")
    void edges(Steps steps) throws Exception {
        steps.step("connectAll([], 1 s)");
        assertThat(survey(List.of(), Duration.ofSeconds(1)).outcomes()).as("outcomes for no endpoints").isEmpty();
        try (ServerSocket open = listener()) {
            for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1)}) {
                steps.step("connectAll([listening], " + bad.toMillis() + " ms)");
                Object outcome = TimeLimit.call(LIMIT, "connectAll() with a deadline of " + bad.toMillis()
                        + " ms hung: is it taken as \"no limit\"?", () -> {
                            try {
                                return ConnectSurvey.connectAll(List.of(address(open)), bad);
                            } catch (IllegalArgumentException expected) {
                                return expected;
                            }
                        });
                assertThat(outcome).as("what connectAll(…, " + bad.toMillis() + " ms) gave")
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
