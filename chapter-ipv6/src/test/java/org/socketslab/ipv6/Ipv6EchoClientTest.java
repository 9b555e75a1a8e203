package org.socketslab.ipv6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.RequiresIpv6Loopback;

@Timeout(10)
class Ipv6EchoClientTest {

    @Test
    @RequiresIpv6Loopback
    void talksToTheServerOverIpv6() throws IOException {
        try (DualStackEchoServer server = DualStackEchoServer.start(Loopback.ipv6(), 0, line -> { });
             Ipv6EchoClient client = new Ipv6EchoClient(InetAddress.getByName(Ipv6EchoClient.DEFAULT_HOST),
                     server.address().getPort())) {
            assertThat(client.localAddress().getAddress()).isInstanceOf(Inet6Address.class).isEqualTo(Loopback.ipv6());
            assertThat(client.send("hello, ::1")).isEqualTo("hello, ::1");
            assertThat(client.send("again")).isEqualTo("again");
        }
    }

    @Test
    @RequiresIpv6Loopback
    void failsFastWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, Loopback.ipv6())) {
            closedPort = probe.getLocalPort();
        }
        assertThatThrownBy(() -> new Ipv6EchoClient(Loopback.ipv6(), closedPort)).isInstanceOf(ConnectException.class);
    }

    @Test
    void refusesAnIpv4Address() {
        assertThatThrownBy(() -> new Ipv6EchoClient(Loopback.ipv4(), 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an IPv6 address");
    }
}
