package org.socketslab.ipv6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.UnsupportedAddressTypeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.RequiresIpv6Loopback;

/**
 * What the chapter's page says Java does with IPv6, checked on every JDK the build runs on, so the
 * page cannot drift from the JDK.
 */
@Timeout(10)
class JavaIpv6FactsTest {
    private static final byte[] MAPPED_192_0_2_1 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 1};

    @Test
    void literalsAreParsedAndWrittenWithoutDoubleColons() throws UnknownHostException {
        InetAddress loopback = InetAddress.getByName("::1");
        assertThat(loopback).isInstanceOf(Inet6Address.class);
        assertThat(loopback.getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(InetAddress.getByName("[::1]")).isEqualTo(loopback);
        assertThat(new InetSocketAddress(loopback, 8080)).hasToString("/[0:0:0:0:0:0:0:1]:8080");
    }

    @Test
    void javaTurnsIpv4MappedAddressesIntoInet4AddressesUnlessAskedNotTo() throws UnknownHostException {
        assertThat(InetAddress.getByName("::ffff:192.0.2.1")).isInstanceOf(Inet4Address.class);
        assertThat(InetAddress.getByAddress(MAPPED_192_0_2_1)).isInstanceOf(Inet4Address.class);
        assertThat(Inet6Address.getByAddress(null, MAPPED_192_0_2_1, -1)).isInstanceOf(Inet6Address.class);
    }

    @Test
    void aScopeIdNamingAMissingInterfaceFailsToResolve() {
        assertThatThrownBy(() -> InetAddress.getByName("fe80::1%no-such-if0")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void isSiteLocalAddressMeansTheDeprecatedFec0NotUniqueLocal() throws UnknownHostException {
        assertThat(InetAddress.getByName("fec0::1").isSiteLocalAddress()).isTrue();
        assertThat(InetAddress.getByName("fd12:3456::1").isSiteLocalAddress()).isFalse();
    }

    @Test
    void thereIsNoIpv6OnlyOption() throws IOException {
        try (ServerSocket server = new ServerSocket(); Socket socket = new Socket()) {
            assertThat(server.supportedOptions()).extracting(SocketOption::name).doesNotContain("IPV6_V6ONLY");
            assertThat(socket.supportedOptions()).extracting(SocketOption::name).doesNotContain("IPV6_V6ONLY");
        }
    }

    @Test
    @RequiresIpv6Loopback
    void aServerBoundTo0000IsDualStackToo() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getByName("0.0.0.0"));
             Socket client = new Socket()) {
            client.connect(new InetSocketAddress(Loopback.ipv6(), server.getLocalPort()), 2_000);
            server.setSoTimeout(2_000);
            try (Socket accepted = server.accept()) {
                assertThat(accepted.getInetAddress()).isEqualTo(Loopback.ipv6());
            }
        }
    }

    @Test
    @RequiresIpv6Loopback
    void onlyChannelsTakeAFamily() throws IOException {
        try (ServerSocketChannel ipv4Only = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            assertThatThrownBy(() -> ipv4Only.bind(new InetSocketAddress(Loopback.ipv6(), 0)))
                    .isInstanceOf(UnsupportedAddressTypeException.class);
        }
        try (ServerSocketChannel ipv6 = ServerSocketChannel.open(StandardProtocolFamily.INET6)) {
            ipv6.bind(new InetSocketAddress(Loopback.ipv4(), 0));
            assertThat(((InetSocketAddress) ipv6.getLocalAddress()).getAddress()).isEqualTo(Loopback.ipv4());
        }
    }

    @Test
    @RequiresIpv6Loopback
    void evenAnInet6ChannelOnTheWildcardTakesIpv4Clients() throws IOException {
        try (ServerSocketChannel ipv6 = ServerSocketChannel.open(StandardProtocolFamily.INET6)) {
            ipv6.bind(new InetSocketAddress(InetAddress.getByName("::"), 0));
            int port = ((InetSocketAddress) ipv6.getLocalAddress()).getPort();
            try (Socket client = new Socket()) {
                client.connect(new InetSocketAddress(Loopback.ipv4(), port), 2_000);
            }
        }
    }

    @Test
    @RequiresIpv6Loopback
    void theWildcardsOfBothFamiliesCannotShareAPortInEitherOrder() throws IOException {
        try (ServerSocketChannel ipv4Only = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            ipv4Only.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));
            int port = ((InetSocketAddress) ipv4Only.getLocalAddress()).getPort();
            try (ServerSocket any = new ServerSocket()) {
                assertThatThrownBy(() -> any.bind(new InetSocketAddress(InetAddress.getByName("::"), port)))
                        .isInstanceOf(BindException.class);
            }
        }
        try (ServerSocket any = new ServerSocket()) {
            any.bind(new InetSocketAddress(InetAddress.getByName("::"), 0));
            try (ServerSocketChannel ipv4Only = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
                assertThatThrownBy(() -> ipv4Only.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), any.getLocalPort())))
                        .isInstanceOf(BindException.class);
            }
        }
    }
}
