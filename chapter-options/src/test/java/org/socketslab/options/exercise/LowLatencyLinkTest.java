package org.socketslab.options.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.RequiresIpv6Loopback;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;

@Tag("options-1")
@Exercise(id = "options-1", title = "Request/response without Nagle's delay", docs = "options.html#options-1")
class LowLatencyLinkTest {
    private static final Duration LIMIT = Duration.ofSeconds(4);
    /** Linux delays an ACK by at least 40 ms; a round trip below a quarter of that was not delayed. */
    private static final long NOT_DELAYED_MICROS = 10_000;

    private static ServerSocket listener() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    private static Socket connect(ServerSocket listener) throws Exception {
        InetSocketAddress address = (InetSocketAddress) listener.getLocalSocketAddress();
        return TimeLimit.call(LIMIT, "connect() did not return: is the server's address the one you connect to?",
                () -> LowLatencyLink.connect(address));
    }

    private static Socket accept(ServerSocket listener) throws Exception {
        return TimeLimit.call(LIMIT, "accept() did not return although a client had connected",
                () -> LowLatencyLink.accept(listener));
    }

    @Test
    @DisplayName("the client socket is connected to the server, with TCP_NODELAY on")
    void clientHasNoDelay(Steps steps) throws Exception {
        try (ServerSocket listener = listener()) {
            steps.step("called connect() with the address of a listening server");
            try (Socket client = connect(listener); Socket accepted = listener.accept()) {
                assertThat(client.getRemoteSocketAddress()).as("the socket's peer").isEqualTo(listener.getLocalSocketAddress());
                assertThat(client.isClosed()).as("whether the socket connect() returned is closed; the caller needs it"
                        + " open").isFalse();
                assertThat(client.getOption(StandardSocketOptions.TCP_NODELAY)).as("TCP_NODELAY on the client's socket")
                        .isTrue();
            }
        }
    }

    @Test
    @RequiresIpv6Loopback
    @DisplayName("connects to the server it is given, on ::1 too")
    void connectsToTheGivenAddress(Steps steps) throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, Loopback.ipv6())) {
            steps.step("called connect() with the address of a server listening on [::1]:" + listener.getLocalPort());
            try (Socket client = connect(listener); Socket accepted = listener.accept()) {
                assertThat(client.getRemoteSocketAddress()).as("the socket's peer").isEqualTo(listener.getLocalSocketAddress());
                assertThat(client.isClosed()).as("whether the socket connect() returned is closed; the caller needs it"
                        + " open").isFalse();
                assertThat(client.getOption(StandardSocketOptions.TCP_NODELAY)).as("TCP_NODELAY on the client's socket")
                        .isTrue();
            }
        }
    }

    @Test
    @DisplayName("the accepted socket has TCP_NODELAY on")
    void acceptedHasNoDelay(Steps steps) throws Exception {
        try (ServerSocket listener = listener(); Socket client = new Socket()) {
            client.connect(listener.getLocalSocketAddress(), 2_000);
            steps.step("connected a client, then called accept()");
            try (Socket accepted = accept(listener)) {
                assertThat(accepted.getRemoteSocketAddress()).as("the accepted socket's peer")
                        .isEqualTo(client.getLocalSocketAddress());
                assertThat(accepted.isClosed()).as("whether the socket accept() returned is closed; the caller needs it"
                        + " open").isFalse();
                assertThat(accepted.getOption(StandardSocketOptions.TCP_NODELAY)).as("TCP_NODELAY on the accepted socket")
                        .isTrue();
            }
        }
    }

    @Test
    @DisplayName("write-write-read round trips from the client are much faster than from a plain socket")
    void clientRoundTripsAreNotDelayed(Steps steps) throws Exception {
        try (ServerSocket listener = listener()) {
            long yours;
            try (Socket client = connect(listener);
                 WriteWriteRead.Answerer server = new WriteWriteRead.Answerer(listener.accept())) {
                yours = WriteWriteRead.medianMicros(client);
            }
            steps.step("the median write-write-read round trip with your connect(): " + yours + " µs");
            long plain;
            try (Socket client = new Socket()) {
                client.connect(listener.getLocalSocketAddress(), 2_000);
                try (WriteWriteRead.Answerer server = new WriteWriteRead.Answerer(listener.accept())) {
                    plain = WriteWriteRead.medianMicros(client);
                }
            }
            steps.step("the median with a plain client socket: " + plain + " µs");
            assertFaster(yours, plain, "your client's requests");
        }
    }

    @Test
    @DisplayName("write-write-read round trips from the server are much faster than from a plain accepted socket")
    void serverRoundTripsAreNotDelayed(Steps steps) throws Exception {
        try (ServerSocket listener = listener()) {
            long yours;
            try (Socket client = new Socket()) {
                client.connect(listener.getLocalSocketAddress(), 2_000);
                try (Socket accepted = accept(listener); WriteWriteRead.Answerer answerer = new WriteWriteRead.Answerer(client)) {
                    yours = WriteWriteRead.medianMicros(accepted);
                }
            }
            steps.step("the median write-write-read round trip with your accept(): " + yours + " µs");
            long plain;
            try (Socket client = new Socket()) {
                client.connect(listener.getLocalSocketAddress(), 2_000);
                try (Socket accepted = listener.accept(); WriteWriteRead.Answerer answerer = new WriteWriteRead.Answerer(client)) {
                    plain = WriteWriteRead.medianMicros(accepted);
                }
            }
            steps.step("the median with a plain accepted socket: " + plain + " µs");
            assertFaster(yours, plain, "your server's answers");
        }
    }

    private static void assertFaster(long yours, long plain, String what) {
        assumeTrue(plain >= 4 * NOT_DELAYED_MICROS,
                "this system did not delay the plain socket's round trips (median " + plain + " µs): nothing to compare");
        if (yours >= plain / 4 || yours >= NOT_DELAYED_MICROS) {
            throw new AssertionError("expected " + what + " to take well under " + NOT_DELAYED_MICROS / 1000
                    + " ms per round trip (and under a quarter of the plain socket's " + plain + " µs), but the median was "
                    + yours + " µs: the second small write waited for the ACK of the first. Which socket sends those writes?");
        }
    }
}
