package org.socketslab.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class EchoServerTest {

    private static Socket connect(EchoServer server) throws IOException {
        Socket socket = new Socket(server.address().getAddress(), server.address().getPort());
        socket.setSoTimeout(2_000);
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        return new String(socket.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void upperCasesAsciiLettersOnly() throws IOException {
        try (EchoServer server = EchoServer.start(InetAddress.getLoopbackAddress(), 0); Socket client = connect(server)) {
            assertThat(roundTrip(client, "hello, wörld 123\n")).isEqualTo("HELLO, WöRLD 123\n");
        }
    }

    @Test
    void servesASecondClientWhileTheFirstIdles() throws IOException {
        try (EchoServer server = EchoServer.start(InetAddress.getLoopbackAddress(), 0);
             Socket idle = connect(server); Socket busy = connect(server)) {
            assertThat(roundTrip(busy, "ping")).isEqualTo("PING");
            assertThat(roundTrip(idle, "pong")).isEqualTo("PONG");
        }
    }

    @Test
    void closesTheConnectionAfterTheClientHalfCloses() throws IOException {
        try (EchoServer server = EchoServer.start(InetAddress.getLoopbackAddress(), 0); Socket client = connect(server)) {
            client.getOutputStream().write("bye".getBytes(StandardCharsets.UTF_8));
            client.shutdownOutput();
            assertThat(client.getInputStream().readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("BYE");
        }
    }

    @Test
    void survivesAClientThatResets() throws IOException {
        try (EchoServer server = EchoServer.start(InetAddress.getLoopbackAddress(), 0)) {
            try (Socket rude = connect(server)) {
                roundTrip(rude, "x");
                rude.setSoLinger(true, 0);
            }
            try (Socket polite = connect(server)) {
                assertThat(roundTrip(polite, "still up")).isEqualTo("STILL UP");
            }
        }
    }

    @Test
    void keepsServingOthersWhileAClientNeverReads() throws Exception {
        try (EchoServer server = EchoServer.start(InetAddress.getLoopbackAddress(), 0)) {
            Socket hog = connect(server);
            // The hog sends far more than the socket buffers hold and never reads its echo, so the
            // server's write to it blocks: only that connection's thread may be stuck.
            Thread flood = new Thread(() -> {
                try {
                    hog.getOutputStream().write(new byte[32 << 20]);
                } catch (IOException expectedOnceTheHogIsClosed) {
                    // The test closes the hog to end this write.
                }
            }, "flood");
            flood.start();
            try (Socket polite = connect(server)) {
                assertThat(roundTrip(polite, "anyone there?")).isEqualTo("ANYONE THERE?");
            } finally {
                hog.close();
                flood.join(2_000);
            }
            assertThat(flood.isAlive()).as("the flooding thread ended once its socket closed").isFalse();
        }
    }

    @Test
    void bindsLoopbackByDefaultAndReleasesThePortOnClose() throws IOException {
        int port;
        try (EchoServer server = EchoServer.start(InetAddress.getByName(EchoServer.DEFAULT_BIND), 0)) {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            port = server.address().getPort();
            assertThatThrownBy(() -> new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close())
                    .as("the port is taken while the server runs").isInstanceOf(BindException.class);
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
