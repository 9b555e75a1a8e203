package org.socketslab.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class UdpClientTest {

    @Test
    void getsTheUpperCasedReply() throws IOException {
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0);
             UdpClient client = new UdpClient(server.address())) {
            assertThat(client.send("one datagram")).isEqualTo("ONE DATAGRAM");
            assertThat(client.send("")).isEmpty();
        }
    }

    @Test
    void ignoresADatagramFromSomeoneElse() throws IOException {
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0);
             UdpClient client = new UdpClient(server.address());
             DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            byte[] junk = "not the server".getBytes(StandardCharsets.US_ASCII);
            InetSocketAddress clientPort = new InetSocketAddress(InetAddress.getLoopbackAddress(), client.localAddress().getPort());
            stranger.send(new DatagramPacket(junk, junk.length, clientPort)); // queued before the real reply
            assertThat(client.send("the real reply")).isEqualTo("THE REAL REPLY");
        }
    }

    @Test
    void timesOutWhenNothingAnswers() throws IOException {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             UdpClient client = new UdpClient((InetSocketAddress) silent.getLocalSocketAddress())) {
            assertThatThrownBy(() -> client.send("anyone?")).isInstanceOf(SocketTimeoutException.class);
        }
    }
}
