package org.socketslab.ipv6.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.RequiresIpv6Loopback;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.OpenSockets;

@Tag("ipv6-3")
@Exercise(id = "ipv6-3", title = "Dual-stack server that knows each client's family", docs = "ipv6.html#ipv6-3")
@RequiresIpv6Loopback
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // in the docs' order: quick checks first, so a wrong solution fails fast
class DualStackServerTest {
    private static final int TIMEOUT_MILLIS = 2_000;

    /** Everything a client read until the server closed the connection, and what it should read. */
    private record Report(String line, String expected) {
    }

    private static DualStackServer startServer() throws Exception {
        return TimeLimit.call(Duration.ofSeconds(3), "start() did not return: bind in start(), then accept in another thread",
                () -> DualStackServer.start(0));
    }

    private static Report ask(DualStackServer server, InetAddress client, String family) throws IOException {
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(client, server.port()), TIMEOUT_MILLIS);
            } catch (ConnectException e) {
                fail("an " + family + " client could not connect to " + client.getHostAddress() + " port " + server.port()
                        + " (" + e + "): one socket bound to :: serves both families; one bound to ::1 or 127.0.0.1"
                        + " serves only one");
            }
            socket.setSoTimeout(TIMEOUT_MILLIS);
            String expected = family + " " + socket.getLocalAddress().getHostAddress() + " " + socket.getLocalPort() + "\n";
            try {
                // Every byte up to the end of the stream: one line, its '\n' and nothing else, then the close.
                String sent = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
                return new Report(sent, expected);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the " + family + " client waited " + TIMEOUT_MILLIS + " ms for its line and"
                        + " for the end of the connection");
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("start() on a port already taken throws an IOException and leaves no socket open")
    void failedStartLeavesNothingOpen(Steps steps) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("::"), 0));
            steps.step("bound [::]:" + taken.getLocalPort() + " elsewhere, then called start(" + taken.getLocalPort() + ")");
            OptionalInt before = OpenSockets.count();
            Throwable thrown = catchThrowable(() -> TimeLimit.call(Duration.ofSeconds(3), "start() did not return",
                    () -> DualStackServer.start(taken.getLocalPort())));
            assertThat(thrown).as("what start() throws when its port is taken").isInstanceOf(IOException.class);
            OptionalInt after = OpenSockets.count();
            if (before.isPresent() && after.isPresent() && after.getAsInt() > before.getAsInt()) {
                throw new AssertionError("start() threw " + thrown + " but left " + (after.getAsInt() - before.getAsInt())
                        + " socket open: close the listening socket when its bind fails");
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("accepts an IPv4 client and an IPv6 client on the same port")
    void acceptsBothFamilies(Steps steps) throws Exception {
        try (DualStackServer server = startServer()) {
            steps.step("started the server on port " + server.port());
            steps.step("connected from 127.0.0.1");
            assertThat(ask(server, Loopback.ipv4(), "IPv4").line()).as("the IPv4 client's line").isNotEmpty();
            steps.step("connected from ::1");
            assertThat(ask(server, Loopback.ipv6(), "IPv6").line()).as("the IPv6 client's line").isNotEmpty();
        }
    }

    @Test
    @Order(4)
    @DisplayName("reports an IPv4 client as IPv4, with its address and port")
    void reportsIpv4(Steps steps) throws Exception {
        try (DualStackServer server = startServer()) {
            steps.step("started the server on port " + server.port() + " and connected from 127.0.0.1");
            Report report = ask(server, Loopback.ipv4(), "IPv4");
            assertThat(report.line()).as("what an IPv4 client read until the server closed: one line ending in"
                    + " '\\n' alone").isEqualTo(report.expected());
        }
    }

    @Test
    @Order(5)
    @DisplayName("reports an IPv6 client as IPv6, with its address and port")
    void reportsIpv6(Steps steps) throws Exception {
        try (DualStackServer server = startServer()) {
            steps.step("started the server on port " + server.port() + " and connected from ::1");
            Report report = ask(server, Loopback.ipv6(), "IPv6");
            assertThat(report.line()).as("what an IPv6 client read until the server closed: one line ending in"
                    + " '\\n' alone").isEqualTo(report.expected());
        }
    }

    @Test
    @Order(7)
    @DisplayName("reports ten clients of both families in turn, after twenty that reset")
    void servesManyInTurn(Steps steps) throws Exception {
        try (DualStackServer server = startServer()) {
            steps.step("twenty clients connected from ::1 and reset the connection at once (SO_LINGER 0)");
            // Twenty in a row: some resets surely arrive before the server writes, and its write then fails.
            for (int i = 0; i < 20; i++) {
                try (Socket rude = new Socket()) {
                    rude.connect(new InetSocketAddress(Loopback.ipv6(), server.port()), TIMEOUT_MILLIS);
                    rude.setSoLinger(true, 0);
                }
            }
            for (int i = 0; i < 10; i++) {
                boolean four = i % 2 == 0;
                steps.step("client " + (i + 1) + " connected from " + (four ? "127.0.0.1" : "::1"));
                Report report = ask(server, four ? Loopback.ipv4() : Loopback.ipv6(), four ? "IPv4" : "IPv6");
                assertThat(report.line()).as("what client " + (i + 1) + " read until the server closed")
                        .isEqualTo(report.expected());
            }
        }
    }

    @Test
    @Order(6)
    @DisplayName("close() returns only once the threads of the server have ended, every time")
    void closeEndsTheThreads(Steps steps) throws Exception {
        // A thread on its way out when close() returns is seen alive most times; ten rounds make that certain.
        for (int round = 1; round <= 10; round++) {
            StartedThreads threads = StartedThreads.before();
            DualStackServer server = startServer();
            steps.step("round " + round + ": started the server, served a client from ::1, called close()");
            ask(server, Loopback.ipv6(), "IPv6");
            Set<Thread> started = threads.since();
            Set<Thread> running = TimeLimit.call(Duration.ofSeconds(3), "close() did not return", () -> {
                server.close();
                // At once, in the thread that called close(): a thread only told to stop is still alive now.
                return StartedThreads.stillRunningExerciseCode(started);
            });
            if (!running.isEmpty()) {
                fail("close() returned while the server's " + StartedThreads.names(running) + " was still running:"
                        + " after closing the listening socket, join the threads you started before returning");
            }
        }
    }

    @Test
    @Order(1)
    @DisplayName("close() frees the port for both families")
    void closeFreesThePort(Steps steps) throws Exception {
        DualStackServer server = startServer();
        int port = server.port();
        assertThat(port).as("port() after binding port 0").isPositive();
        steps.step("started the server on port " + port + " and called close()");
        TimeLimit.call(Duration.ofSeconds(3), "close() did not return", () -> {
            server.close();
            return null;
        });
        steps.step("bound a new server socket to [::]:" + port);
        try (ServerSocket again = new ServerSocket()) {
            try {
                again.bind(new InetSocketAddress(InetAddress.getByName("::"), port));
            } catch (BindException e) {
                throw new AssertionError("after close() returned, port " + port + " could not be bound again (" + e.getMessage()
                        + "): close() must close the listening socket, which frees the port");
            }
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
