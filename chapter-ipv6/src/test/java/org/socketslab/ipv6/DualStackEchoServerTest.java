package org.socketslab.ipv6;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.RequiresIpv6Loopback;

@Timeout(10)
@RequiresIpv6Loopback
class DualStackEchoServerTest {
    private final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

    private DualStackEchoServer startOnAny() throws IOException {
        return DualStackEchoServer.start(InetAddress.getByName(DualStackEchoServer.DEFAULT_BIND), 0, seen::add);
    }

    private static Socket connect(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address, port), 2_000);
        socket.setSoTimeout(2_000);
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        return new String(socket.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void servesIpv4AndIpv6ClientsOnOneSocketAndReportsEachFamily() throws Exception {
        try (DualStackEchoServer server = startOnAny()) {
            assertThat(server.address().getAddress().isAnyLocalAddress()).as("bound to ::").isTrue();
            int port = server.address().getPort();
            try (Socket v4 = connect(Loopback.ipv4(), port); Socket v6 = connect(Loopback.ipv6(), port)) {
                assertThat(roundTrip(v4, "over IPv4")).isEqualTo("over IPv4");
                assertThat(roundTrip(v6, "over IPv6")).isEqualTo("over IPv6");
                assertThat(v4.getLocalAddress()).isInstanceOf(Inet4Address.class);
                assertThat(v6.getLocalAddress()).isInstanceOf(Inet6Address.class);
                assertThat(seen.poll(2, TimeUnit.SECONDS)).isEqualTo("peer 127.0.0.1:" + v4.getLocalPort() + " (IPv4)");
                assertThat(seen.poll(2, TimeUnit.SECONDS))
                        .isEqualTo("peer [0:0:0:0:0:0:0:1]:" + v6.getLocalPort() + " (IPv6)");
            }
        }
    }

    @Test
    void aServerBoundToIpv6LoopbackServesIpv6Only() throws Exception {
        try (DualStackEchoServer server = DualStackEchoServer.start(Loopback.ipv6(), 0, seen::add)) {
            int port = server.address().getPort();
            try (Socket v6 = connect(Loopback.ipv6(), port)) {
                assertThat(roundTrip(v6, "still IPv6")).isEqualTo("still IPv6");
            }
            try (Socket v4 = new Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> v4.connect(new InetSocketAddress(Loopback.ipv4(), port), 2_000))
                        .isInstanceOf(java.net.ConnectException.class);
            }
        }
    }

    @Test
    void keepsServingAfterAClientResets() throws Exception {
        try (DualStackEchoServer server = startOnAny()) {
            int port = server.address().getPort();
            try (Socket rude = connect(Loopback.ipv6(), port)) {
                roundTrip(rude, "x");
                rude.setSoLinger(true, 0);
            }
            try (Socket polite = connect(Loopback.ipv4(), port)) {
                assertThat(roundTrip(polite, "still up")).isEqualTo("still up");
            }
        }
    }
}
