package org.socketslab.ipv6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.UnsupportedAddressTypeException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.RequiresIpv6Loopback;

/**
 * What the chapter's page says Java does with IPv6, checked on every JDK the build runs on, so the
 * page cannot drift from the JDK. Each display name starts with the page section it backs; a docs
 * test checks that the section exists.
 */
@Timeout(10)
class JavaIpv6FactsTest {
    private static final byte[] MAPPED_192_0_2_1 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2, 1};

    @Test
    @DisplayName("ipv6.html#literals: ::1 is parsed with or without brackets and written out in full")
    void literalsAreParsedAndWrittenWithoutDoubleColons() throws UnknownHostException {
        InetAddress loopback = InetAddress.getByName("::1");
        assertThat(loopback).isInstanceOf(Inet6Address.class);
        assertThat(loopback.getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(InetAddress.getByName("[::1]")).isEqualTo(loopback);
        assertThat(new InetSocketAddress(loopback, 8080)).hasToString("/[0:0:0:0:0:0:0:1]:8080");
    }

    @Test
    @DisplayName("ipv6.html#ipv4-mapped: mapped addresses become Inet4Address, except through Inet6Address.getByAddress")
    void javaTurnsIpv4MappedAddressesIntoInet4AddressesUnlessAskedNotTo() throws UnknownHostException {
        assertThat(InetAddress.getByName("::ffff:192.0.2.1")).isInstanceOf(Inet4Address.class);
        assertThat(InetAddress.getByAddress(MAPPED_192_0_2_1)).isInstanceOf(Inet4Address.class);
        assertThat(Inet6Address.getByAddress(null, MAPPED_192_0_2_1, -1)).isInstanceOf(Inet6Address.class);
    }

    @Test
    @DisplayName("ipv6.html#scope-ids: a scope naming a missing interface fails to resolve")
    void aScopeIdNamingAMissingInterfaceFailsToResolve() {
        assertThatThrownBy(() -> InetAddress.getByName("fe80::1%no-such-if0")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    @DisplayName("ipv6.html#addresses: isSiteLocalAddress means the deprecated fec0::/10, not unique local fd00::/8")
    void isSiteLocalAddressMeansTheDeprecatedFec0NotUniqueLocal() throws UnknownHostException {
        assertThat(InetAddress.getByName("fec0::1").isSiteLocalAddress()).isTrue();
        assertThat(InetAddress.getByName("fd12:3456::1").isSiteLocalAddress()).isFalse();
    }

    @Test
    @DisplayName("ipv6.html#ipv6-v6only: there is no IPV6_V6ONLY option")
    void thereIsNoIpv6OnlyOption() throws IOException {
        try (ServerSocket server = new ServerSocket(); Socket socket = new Socket()) {
            assertThat(server.supportedOptions()).extracting(SocketOption::name).doesNotContain("IPV6_V6ONLY");
            assertThat(socket.supportedOptions()).extracting(SocketOption::name).doesNotContain("IPV6_V6ONLY");
        }
    }

    @Test
    @DisplayName("ipv6.html#ipv6-v6only: a ServerSocket bound to 0.0.0.0 takes IPv6 clients too")
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
    @DisplayName("ipv6.html#how-java-picks-the-family: only channels take a family")
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
    @DisplayName("ipv6.html#ipv6-v6only: even an INET6 channel on :: takes IPv4 clients")
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
    @DisplayName("ipv6.html#ipv6-v6only: :: and 0.0.0.0 cannot share a port, in either order")
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

    @Test
    @DisplayName("ipv6.html#scope-ids: a numeric scope is not checked")
    void aNumericScopeIsNotChecked() throws UnknownHostException {
        InetAddress scoped = InetAddress.getByName("fe80::1%99");
        assertThat(((Inet6Address) scoped).getScopeId()).isEqualTo(99);
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "lo is Linux's name for the loopback interface")
    @DisplayName("ipv6.html#scope-ids: a scope naming an interface without a link-local address fails to resolve")
    void aScopeNamingAnInterfaceWithoutLinkLocalFails() throws IOException {
        NetworkInterface lo = NetworkInterface.getByName("lo");
        assertThat(lo).isNotNull();
        assertThat(lo.inetAddresses()).noneMatch(InetAddress::isLinkLocalAddress);
        assertThatThrownBy(() -> InetAddress.getByName("fe80::1%lo")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    @DisplayName("ipv6.html#ipv4-mapped: the NetworkInterface overload of Inet6Address.getByAddress keeps the mapped form too")
    void theInterfaceOverloadKeepsTheMappedForm() throws IOException {
        NetworkInterface anyInterface = NetworkInterface.networkInterfaces().findFirst().orElseThrow();
        assertThat(Inet6Address.getByAddress(null, MAPPED_192_0_2_1, anyInterface)).isInstanceOf(Inet6Address.class);
    }

    @Test
    @DisplayName("ipv6.html#how-java-picks-the-family: with preferIPv4Stack, each kind of socket fails on IPv6 in its own way")
    void preferIpv4StackFailuresDependOnTheClass() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(java.toString(), "-Djava.net.preferIPv4Stack=true",
                "-cp", System.getProperty("java.class.path"), PreferIpv4StackProbe.class.getName())
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(20, TimeUnit.SECONDS)).as("the probe JVM ends").isTrue();
        List<String> lines = List.of(new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\\R"));
        assertThat(lines).containsExactly(
                "Socket java.net.SocketException",
                "ServerSocket java.net.SocketException",
                "DatagramSocket java.net.SocketException",
                "SocketChannel java.nio.channels.UnsupportedAddressTypeException",
                "DatagramChannel java.nio.channels.UnsupportedAddressTypeException",
                "ServerSocketChannel java.nio.channels.UnsupportedAddressTypeException",
                "ServerSocketChannel.open(INET6) java.lang.UnsupportedOperationException");
    }
}
