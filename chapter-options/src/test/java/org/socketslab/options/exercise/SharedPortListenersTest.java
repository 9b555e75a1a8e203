package org.socketslab.options.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.OpenSockets;

@Tag("options-3")
@Exercise(id = "options-3", title = "Listeners sharing a port", docs = "options.html#options-3")
class SharedPortListenersTest {
    private static final Duration LIMIT = Duration.ofSeconds(4);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private static final int CONNECTIONS = 40;

    private final List<ServerSocket> opened = new ArrayList<>();

    @BeforeEach
    void platformHasReusePort() throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            assumeTrue(probe.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT),
                    "SO_REUSEPORT is not supported on " + System.getProperty("os.name"));
        }
    }

    private List<ServerSocket> listen(int port, int count, Steps steps) throws Exception {
        steps.step("called listen(127.0.0.1, " + port + ", " + count + ")");
        List<ServerSocket> listeners = TimeLimit.call(LIMIT, "listen() did not return",
                () -> SharedPortListeners.listen(LOOPBACK, port, count));
        opened.addAll(listeners);
        return listeners;
    }

    @org.junit.jupiter.api.AfterEach
    void closeListeners() throws IOException {
        for (ServerSocket listener : opened) {
            listener.close();
        }
    }

    private static void assertOnOnePort(List<ServerSocket> listeners, int count, int expectedPort) {
        assertThat(listeners).as("listeners returned").hasSize(count);
        assertThat(listeners).as("the listeners returned: " + count + " distinct sockets, not one socket several times")
                .doesNotHaveDuplicates();
        for (ServerSocket listener : listeners) {
            assertThat(listener.isClosed()).as("whether a listener returned is already closed; the caller closes them")
                    .isFalse();
            assertThat(listener.isBound()).as("every listener is bound").isTrue();
            assertThat(listener.getInetAddress()).as("the address every listener is bound to").isEqualTo(LOOPBACK);
            assertThat(listener.getLocalPort()).as("the port of every listener").isEqualTo(expectedPort);
        }
    }

    @Test
    @DisplayName("port 0: every listener takes the port the first one got, on the given address")
    void portZeroMeansTheFirstListenersPort(Steps steps) throws Exception {
        List<ServerSocket> listeners = listen(0, 3, steps);
        assertThat(listeners).as("listeners returned").isNotEmpty();
        assertOnOnePort(listeners, 3, listeners.get(0).getLocalPort());
    }

    @Test
    @DisplayName("a given port: every listener is bound to it")
    void aGivenPort(Steps steps) throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, LOOPBACK)) {
            free = probe.getLocalPort(); // free a moment ago, never connected: nothing in TIME_WAIT
        }
        List<ServerSocket> listeners = listen(free, 2, steps);
        assertOnOnePort(listeners, 2, free);
    }

    @Test
    @DisplayName("every listener has SO_REUSEPORT on, and a later listener with the option joins them")
    void laterListenerCanJoin(Steps steps) throws Exception {
        List<ServerSocket> listeners = listen(0, 2, steps);
        for (ServerSocket listener : listeners) {
            assertThat(listener.isClosed()).as("whether a listener returned is already closed; the caller closes them")
                    .isFalse();
            assertThat(listener.getOption(StandardSocketOptions.SO_REUSEPORT)).as("SO_REUSEPORT on every listener").isTrue();
        }
        int port = listeners.get(0).getLocalPort();
        steps.step("bound one more listener with SO_REUSEPORT to port " + port);
        try (ServerSocket late = new ServerSocket()) {
            late.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            try {
                late.bind(new InetSocketAddress(LOOPBACK, port));
            } catch (BindException e) {
                throw new AssertionError("a listener with SO_REUSEPORT could not join yours on port " + port + " ("
                        + e.getMessage() + "): on Linux every socket bound to the port must have had the option"
                        + " when it was bound");
            }
        }
    }

    @Test
    @DisplayName("each listener accepts some of 40 connections")
    void connectionsAreShared(Steps steps) throws Exception {
        List<ServerSocket> listeners = listen(0, 2, steps);
        assertOnOnePort(listeners, 2, listeners.get(0).getLocalPort());
        AtomicIntegerArray accepted = new AtomicIntegerArray(listeners.size());
        List<Thread> acceptors = new ArrayList<>();
        for (int i = 0; i < listeners.size(); i++) {
            ServerSocket listener = listeners.get(i);
            int index = i;
            Thread acceptor = new Thread(() -> countAccepts(listener, accepted, index), "options-3-acceptor-" + i);
            acceptor.setDaemon(true);
            acceptor.start();
            acceptors.add(acceptor);
        }
        try {
            steps.step("made " + CONNECTIONS + " connections to port " + listeners.get(0).getLocalPort());
            for (int i = 0; i < CONNECTIONS; i++) {
                try (Socket client = new Socket()) {
                    client.connect(listeners.get(0).getLocalSocketAddress(), 2_000);
                }
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> total(accepted) == CONNECTIONS);
            for (int i = 0; i < listeners.size(); i++) {
                steps.step("listener " + (i + 1) + " accepted " + accepted.get(i));
            }
            for (int i = 0; i < listeners.size(); i++) {
                assertThat(accepted.get(i)).as("connections accepted by listener " + (i + 1)).isPositive();
            }
        } finally {
            closeListeners();
            for (Thread acceptor : acceptors) {
                acceptor.join(2_000);
            }
        }
    }

    @Test
    @DisplayName("a port taken by a plain listener: throws an IOException and leaves no socket open")
    void takenPortLeavesNothingOpen(Steps steps) throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, LOOPBACK)) {
            int port = plain.getLocalPort();
            steps.step("a listener without SO_REUSEPORT holds 127.0.0.1:" + port);
            OptionalInt before = OpenSockets.count();
            steps.step("called listen(127.0.0.1, " + port + ", 2)");
            Throwable thrown = catchThrowable(() -> opened.addAll(TimeLimit.call(LIMIT, "listen() did not return",
                    () -> SharedPortListeners.listen(LOOPBACK, port, 2))));
            assertThat(thrown).as("what listen() throws when the port is taken").isInstanceOf(IOException.class);
            OptionalInt after = OpenSockets.count();
            if (before.isPresent() && after.isPresent() && after.getAsInt() > before.getAsInt()) {
                throw new AssertionError("listen() threw " + thrown + " but left " + (after.getAsInt() - before.getAsInt())
                        + " socket open: close the listeners already created when a bind fails");
            }
        }
    }

    @Test
    @DisplayName("a count of 1 gives one listener")
    void oneListener(Steps steps) throws Exception {
        List<ServerSocket> listeners = listen(0, 1, steps);
        assertOnOnePort(listeners, 1, listeners.get(0).getLocalPort());
    }

    @Test
    @DisplayName("refuses a count under 1")
    void refusesANonPositiveCount(Steps steps) {
        steps.step("called listen(127.0.0.1, 0, 0)");
        assertThatThrownBy(() -> opened.addAll(SharedPortListeners.listen(LOOPBACK, 0, 0)))
                .as("listen() with a count of 0").isInstanceOf(IllegalArgumentException.class);
        steps.step("called listen(127.0.0.1, 0, -1)");
        assertThatThrownBy(() -> opened.addAll(SharedPortListeners.listen(LOOPBACK, 0, -1)))
                .as("listen() with a count of -1").isInstanceOf(IllegalArgumentException.class);
    }

    private static int total(AtomicIntegerArray counts) {
        int sum = 0;
        for (int i = 0; i < counts.length(); i++) {
            sum += counts.get(i);
        }
        return sum;
    }

    private static void countAccepts(ServerSocket listener, AtomicIntegerArray accepted, int index) {
        while (true) {
            try (Socket connection = listener.accept()) {
                accepted.incrementAndGet(index);
            } catch (IOException e) {
                return; // closed by the test
            }
        }
    }
}
