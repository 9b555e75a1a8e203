package org.socketslab.nonblocking;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.DribblingPeer;
import org.socketslab.kit.faults.HungConnectEndpoint;
import org.socketslab.kit.faults.Loopback;

@Timeout(15)
class TimeoutClientTest {
    private static final Duration CONNECT = Duration.ofSeconds(2);

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aPerReadTimeoutLetsADribblingPeerGoOnWhileTheDeadlineStopsIt() throws IOException {
        // 30 bytes, one every 20 ms: each read waits 20 ms, the line takes about 600 ms.
        byte[] line = "twenty-nine bytes and then LF\n".getBytes(US_ASCII);
        try (DribblingPeer peer = DribblingPeer.sending(line).interval(Duration.ofMillis(20)).start()) {
            long start = System.nanoTime();
            try (TimeoutClient client = new TimeoutClient(peer.address(), CONNECT)) {
                assertThat(client.readLineWithReadTimeout(Duration.ofMillis(250))).isEqualTo("twenty-nine bytes and then LF");
            }
            long perReadMillis = millisSince(start);
            start = System.nanoTime();
            try (TimeoutClient client = new TimeoutClient(peer.address(), CONNECT)) {
                assertThatThrownBy(() -> client.readLineWithin(Duration.ofMillis(150)))
                        .isInstanceOf(SocketTimeoutException.class).hasMessage("no whole line within 150 ms");
            }
            long deadlineMillis = millisSince(start);
            assertThat(perReadMillis).as("the per-read timeout waited for the whole slow line, far longer than 250 ms")
                    .isGreaterThan(400);
            assertThat(deadlineMillis).as("the deadline gave up well before the line could have arrived")
                    .isLessThan(perReadMillis);
        }
    }

    @Test
    void theDeadlineHoldsAgainstAnEndlessDribble() throws IOException {
        try (DribblingPeer peer = DribblingPeer.sending(new byte[] {'x'}).interval(Duration.ofMillis(5)).endless().start();
             TimeoutClient client = new TimeoutClient(peer.address(), CONNECT)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.readLineWithin(Duration.ofMillis(300))).isInstanceOf(SocketTimeoutException.class);
            assertThat(millisSince(start)).as("ms until the 300 ms deadline fired, bytes arriving all along")
                    .isBetween(250L, 2_000L);
        }
    }

    @Test
    void aSilentServerTripsThePerReadTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             TimeoutClient client = new TimeoutClient((InetSocketAddress) silent.getLocalSocketAddress(), CONNECT)) {
            assertThatThrownBy(() -> client.readLineWithReadTimeout(Duration.ofMillis(100)))
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aConnectTimeoutEndsAHangingConnect() throws IOException {
        try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> new TimeoutClient(hung.address(), Duration.ofMillis(200)))
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat(millisSince(start)).isBetween(150L, 5_000L);
        }
    }

    @Test
    void aRefusedConnectFailsAtOnce() throws IOException {
        InetSocketAddress closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = (InetSocketAddress) probe.getLocalSocketAddress();
        }
        InetSocketAddress nothingThere = closed;
        assertThatThrownBy(() -> new TimeoutClient(nothingThere, CONNECT)).isInstanceOf(ConnectException.class);
    }
}
