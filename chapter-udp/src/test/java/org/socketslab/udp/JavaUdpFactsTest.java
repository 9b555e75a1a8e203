package org.socketslab.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.RequiresIpv6Loopback;

/**
 * What the UDP page says Java and the operating system do with datagrams, checked on every JDK the
 * build runs on. Each display name starts with the page section it backs; a docs test checks that
 * the section exists.
 */
@Timeout(20)
class JavaUdpFactsTest {
    private static final int MAX_IPV4_PAYLOAD = 65_507;
    private static final int MAX_IPV6_PAYLOAD = 65_527;

    @Test
    @DisplayName("udp.html#datagrams: a send to a port where nothing listens succeeds")
    void sendingToNobodySucceeds() throws IOException {
        // A port held by a socket connected to itself: nobody else's datagram is taken there.
        try (DatagramSocket holder = ConnectedUdpDemo.portNobodyAnswers(); DatagramSocket sender = bound()) {
            sender.send(new DatagramPacket(new byte[10], 10, holder.getLocalSocketAddress()));
        }
    }

    @Test
    @DisplayName("udp.html#datagrams: one send is one receive, boundaries kept")
    void oneSendIsOneReceive() throws IOException {
        try (DatagramSocket receiver = bound(); DatagramSocket sender = bound()) {
            for (int size : new int[] {1, 300, 2}) {
                sender.send(new DatagramPacket(new byte[size], size, receiver.getLocalSocketAddress()));
            }
            DatagramPacket packet = new DatagramPacket(new byte[1_000], 1_000);
            for (int size : new int[] {1, 300, 2}) {
                receiver.receive(packet);
                assertThat(packet.getLength()).isEqualTo(size);
                assertThat(packet.getSocketAddress()).isEqualTo(sender.getLocalSocketAddress());
            }
        }
    }

    @Test
    @DisplayName("udp.html#datagrams: UDP and TCP have separate port numbers")
    void udpAndTcpPortsAreSeparate() throws IOException {
        try (ServerSocket tcp = new ServerSocket(0, 50, Loopback.ipv4());
             DatagramSocket udp = new DatagramSocket(new InetSocketAddress(Loopback.ipv4(), tcp.getLocalPort()))) {
            assertThat(udp.getLocalPort()).isEqualTo(tcp.getLocalPort());
        }
    }

    @Test
    @DisplayName("udp.html#client: a receive that times out leaves the socket usable")
    void timeoutLeavesTheSocketUsable() throws IOException {
        try (DatagramSocket receiver = bound(); DatagramSocket sender = bound()) {
            receiver.setSoTimeout(100);
            DatagramPacket packet = new DatagramPacket(new byte[10], 10);
            assertThatThrownBy(() -> receiver.receive(packet)).isInstanceOf(SocketTimeoutException.class);
            sender.send(new DatagramPacket(new byte[3], 3, receiver.getLocalSocketAddress()));
            receiver.setSoTimeout(5_000);
            receiver.receive(packet);
            assertThat(packet.getLength()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("udp.html#message-size: 65,507 bytes is the largest IPv4 payload; one more is refused by send")
    void largestIpv4Payload() throws IOException {
        assertLargestPayload(Loopback.ipv4(), MAX_IPV4_PAYLOAD);
    }

    @Test
    @RequiresIpv6Loopback
    @DisplayName("udp.html#message-size: 65,527 bytes is the largest IPv6 payload; one more is refused by send")
    void largestIpv6Payload() throws IOException {
        assertLargestPayload(Loopback.ipv6(), MAX_IPV6_PAYLOAD);
    }

    private static void assertLargestPayload(InetAddress loopback, int largest) throws IOException {
        try (DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(loopback, 0));
             DatagramSocket sender = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            receiver.setSoTimeout(5_000);
            receiver.setReceiveBufferSize(256 * 1024);
            SocketAddress to = receiver.getLocalSocketAddress();
            sender.send(new DatagramPacket(new byte[largest], largest, to));
            DatagramPacket packet = new DatagramPacket(new byte[70_000], 70_000);
            receiver.receive(packet);
            assertThat(packet.getLength()).isEqualTo(largest);
            assertThatThrownBy(() -> sender.send(new DatagramPacket(new byte[largest + 1], largest + 1, to)))
                    .isInstanceOf(SocketException.class);
        }
    }

    @Test
    @DisplayName("udp.html#message-size: a datagram larger than the buffer is cut without a word, and the packet is reusable")
    void truncationIsSilentAndPacketsAreReusable() throws IOException {
        try (DatagramSocket receiver = bound(); DatagramSocket sender = bound()) {
            SocketAddress to = receiver.getLocalSocketAddress();
            sender.send(new DatagramPacket(new byte[500], 500, to));
            sender.send(new DatagramPacket(new byte[20], 20, to));
            sender.send(new DatagramPacket(new byte[50], 50, to));
            DatagramPacket packet = new DatagramPacket(new byte[100], 100);
            receiver.receive(packet);
            assertThat(packet.getLength()).as("a 500-byte datagram in a 100-byte buffer").isEqualTo(100);
            receiver.receive(packet);
            assertThat(packet.getLength()).isEqualTo(20);
            receiver.receive(packet);
            assertThat(packet.getLength()).as("the next receive uses the whole buffer again").isEqualTo(50);
        }
    }

    @Test
    @DisplayName("udp.html#connect: a connected socket refuses a packet addressed elsewhere and filters other senders")
    void connectFiltersAndFixesThePeer() throws IOException {
        try (DatagramSocket client = bound(); DatagramSocket peer = bound(); DatagramSocket stranger = bound()) {
            client.connect(peer.getLocalSocketAddress());
            assertThatThrownBy(() -> client.send(new DatagramPacket(new byte[1], 1, stranger.getLocalSocketAddress())))
                    .isInstanceOf(IllegalArgumentException.class);
            stranger.send(new DatagramPacket(new byte[7], 7, client.getLocalSocketAddress()));
            peer.send(new DatagramPacket(new byte[3], 3, client.getLocalSocketAddress()));
            DatagramPacket packet = new DatagramPacket(new byte[10], 10);
            client.receive(packet);
            assertThat(packet.getSocketAddress()).isEqualTo(peer.getLocalSocketAddress());
            assertThat(packet.getLength()).isEqualTo(3);
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "the page measures ICMP reporting on Linux only")
    @DisplayName("udp.html#connect: port unreachable reaches a connected socket once; an unconnected one only times out")
    void portUnreachableIsReportedOnceAndOnlyWhenConnected() throws IOException {
        try (DatagramSocket holder = ConnectedUdpDemo.portNobodyAnswers();
             DatagramSocket connected = bound(); DatagramSocket unconnected = bound()) {
            SocketAddress nobody = holder.getLocalSocketAddress();
            DatagramPacket packet = new DatagramPacket(new byte[10], 10);

            unconnected.setSoTimeout(300);
            unconnected.send(new DatagramPacket(new byte[1], 1, nobody));
            assertThatThrownBy(() -> unconnected.receive(packet)).isInstanceOf(SocketTimeoutException.class);

            connected.setSoTimeout(5_000);
            connected.connect(nobody);
            connected.send(new DatagramPacket(new byte[1], 1));
            assertThatThrownBy(() -> connected.receive(packet)).isInstanceOf(PortUnreachableException.class);
            connected.setSoTimeout(300);
            assertThatThrownBy(() -> connected.receive(packet)).as("the error is reported once")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    private static DatagramSocket bound() throws SocketException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(Loopback.ipv4(), 0));
        socket.setSoTimeout(5_000);
        return socket;
    }
}
