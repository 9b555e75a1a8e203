package org.socketslab.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class UdpEchoServerTest {

    private static DatagramSocket client() throws IOException {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(2_000);
        return socket;
    }

    private static DatagramPacket exchange(DatagramSocket client, UdpEchoServer server, byte[] data) throws IOException {
        client.send(new DatagramPacket(data, data.length, server.address()));
        DatagramPacket reply = new DatagramPacket(new byte[70_000], 70_000);
        client.receive(reply);
        return reply;
    }

    private static byte[] bytesOf(DatagramPacket packet) {
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }

    @Test
    void upperCasesAsciiLettersOnlyAndRepliesFromItsOwnAddress() throws IOException {
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0); DatagramSocket client = client()) {
            DatagramPacket reply = exchange(client, server, "hello, wörld 123".getBytes(StandardCharsets.UTF_8));
            assertThat(new String(bytesOf(reply), StandardCharsets.UTF_8)).isEqualTo("HELLO, WöRLD 123");
            assertThat(reply.getSocketAddress()).isEqualTo(server.address());
        }
    }

    @Test
    void repliesToEachSenderSeparately() throws IOException {
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0);
             DatagramSocket first = client(); DatagramSocket second = client()) {
            first.send(new DatagramPacket(new byte[] {'a'}, 1, server.address()));
            second.send(new DatagramPacket(new byte[] {'b'}, 1, server.address()));
            assertThat(bytesOf(receive(second))).containsExactly('B');
            assertThat(bytesOf(receive(first))).containsExactly('A');
        }
    }

    @Test
    void echoesAnEmptyDatagramAndOneOfExactlyTheLimit() throws IOException {
        byte[] full = new byte[UdpEchoServer.MAX_DATAGRAM];
        Arrays.fill(full, (byte) 'x');
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0); DatagramSocket client = client()) {
            assertThat(exchange(client, server, new byte[0]).getLength()).isZero();
            byte[] echoed = bytesOf(exchange(client, server, full));
            assertThat(echoed).hasSize(UdpEchoServer.MAX_DATAGRAM).containsOnly('X');
        }
    }

    @Test
    void refusesAnOversizedDatagramInsteadOfEchoingItCutAndGoesOn() throws IOException {
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0); DatagramSocket client = client()) {
            byte[] reply = bytesOf(exchange(client, server, new byte[UdpEchoServer.MAX_DATAGRAM + 1]));
            assertThat(reply).isEqualTo(UdpEchoServer.TOO_LARGE);
            assertThat(bytesOf(exchange(client, server, new byte[65_507]))).isEqualTo(UdpEchoServer.TOO_LARGE);
            assertThat(server.oversizedDatagrams()).isEqualTo(2);
            assertThat(bytesOf(exchange(client, server, "still here".getBytes(StandardCharsets.US_ASCII))))
                    .asString(StandardCharsets.US_ASCII).isEqualTo("STILL HERE");
        }
    }

    @Test
    void survivesGarbageAndASenderThatVanished() throws IOException {
        byte[] garbage = new byte[256];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) i;
        }
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0)) {
            // A sender that is gone by the time the reply leaves: the reply goes nowhere, the server goes on.
            try (DatagramSocket gone = client()) {
                gone.send(new DatagramPacket(garbage, garbage.length, server.address()));
            }
            try (DatagramSocket client = client()) {
                byte[] echoed = bytesOf(exchange(client, server, garbage));
                assertThat(echoed).hasSize(256);
                assertThat(echoed[0x61]).isEqualTo((byte) 'A');
                assertThat(echoed[0xff]).isEqualTo((byte) 0xff);
            }
        }
    }

    @Test
    void bindsLoopbackByDefaultAndReleasesThePortOnClose() throws IOException {
        int port;
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getByName(UdpEchoServer.DEFAULT_BIND), 0)) {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            port = server.address().getPort();
            assertThatThrownBy(() -> new DatagramSocket(server.address()).close())
                    .as("the UDP port is taken while the server runs").isInstanceOf(BindException.class);
        }
        try (DatagramSocket again = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void sharesItsPortNumberWithATcpListener() throws IOException {
        // TCP and UDP number their ports separately. Take a free TCP port, then the same number for UDP
        // (tried a few times, in case another program happens to hold that number for UDP).
        for (int attempt = 1; ; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                try (UdpEchoServer udp = UdpEchoServer.start(InetAddress.getLoopbackAddress(), tcp.getLocalPort());
                     DatagramSocket client = client()) {
                    assertThat(udp.address().getPort()).isEqualTo(tcp.getLocalPort());
                    assertThat(bytesOf(exchange(client, udp, new byte[] {'o', 'k'}))).containsExactly('O', 'K');
                    return;
                } catch (BindException takenForUdp) {
                    if (attempt == 5) {
                        throw takenForUdp;
                    }
                }
            }
        }
    }

    private static DatagramPacket receive(DatagramSocket socket) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[100], 100);
        socket.receive(packet);
        return packet;
    }
}
