package org.socketslab.nonblocking;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.ClientSwarm;
import org.socketslab.kit.faults.NeverReadingPeer;

@Timeout(60)
class SelectorEchoServerTest {
    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    private static final int CLIENTS = 1_000;
    private static final Duration IO = Duration.ofSeconds(20);

    private static Socket connect(SelectorEchoServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(server.address(), 2_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        return new String(socket.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    void upperCasesAsciiLettersOnly() throws IOException {
        try (SelectorEchoServer server = SelectorEchoServer.start(ANY_LOOPBACK_PORT); Socket client = connect(server)) {
            assertThat(roundTrip(client, "hello, wörld 123\n")).isEqualTo("HELLO, WöRLD 123\n");
        }
    }

    @Test
    void holdsAThousandClientsWithOneThreadThatIdlesWhenTheyDo() throws IOException {
        try (SelectorEchoServer server = SelectorEchoServer.start(ANY_LOOPBACK_PORT);
             ClientSwarm swarm = ClientSwarm.to(server.address()).clients(CLIENTS).start()) {
            swarm.sendToEach(i -> ("client " + i + "\n").getBytes(US_ASCII), IO);
            List<byte[]> replies = swarm.receiveFromEach(i -> ("client " + i + "\n").length(), IO);
            for (int i = 0; i < CLIENTS; i++) {
                assertThat(new String(replies.get(i), US_ASCII)).as("echo to client " + i).isEqualTo("CLIENT " + i + "\n");
            }
            assertThat(server.connections()).isEqualTo(CLIENTS);

            // All 1,000 connected and silent: select() must sleep, not spin.
            CpuShare idle = CpuShare.of(List.of(server.loopThread()), Duration.ofMillis(1500));
            assertThat(idle.share()).as("the loop thread's CPU with %d idle clients: %s", CLIENTS, idle).isLessThan(0.10);
            Path figures = Path.of("target/output/SelectorEchoServerFigures.txt");
            Files.createDirectories(figures.getParent());
            Files.writeString(figures, String.format(Locale.ROOT,
                    "clients connected at once: %,d, every one echoed%nloop thread with %,d idle clients: %s%n",
                    server.connections(), CLIENTS, idle), StandardCharsets.UTF_8);
        }
    }

    @Test
    void echoesEveryByteToAClientThatReadsOnlyAfterSendingMegabytes() throws Exception {
        byte[] data = new byte[256 * 1024];
        new Random(12).nextBytes(data);
        long total = 24L << 20; // more than every buffer on the way can hold: the server must pause and resume
        try (SelectorEchoServer server = SelectorEchoServer.start(ANY_LOOPBACK_PORT);
             NeverReadingPeer slow = NeverReadingPeer.to(server.address()).sending(data, total).start()) {
            assertThat(slow.awaitStalled(Duration.ofMillis(300), IO)).as("the sender is held back once the echo piles up")
                    .isTrue();
            byte[] echoed = slow.readUpTo(total, Duration.ofSeconds(5));
            assertThat(slow.finished()).as("all sent once the client read").isTrue();
            assertThat(echoed.length).isEqualTo(total);
            Uppercase.inPlace(java.nio.ByteBuffer.wrap(data));
            for (int i = 0; i < echoed.length; i++) {
                if (echoed[i] != data[i % data.length]) {
                    throw new AssertionError("echo byte " + i + " differs");
                }
            }
        }
    }

    @Test
    void pausesThenDropsAClientThatNeverReadsWhileServingTheOthers() throws Exception {
        try (SelectorEchoServer server = SelectorEchoServer.start(ANY_LOOPBACK_PORT, Duration.ofMillis(500));
             NeverReadingPeer hog = NeverReadingPeer.to(server.address()).sending(new byte[8192], 256L << 20).start();
             Socket polite = connect(server)) {
            assertThat(hog.awaitStalled(Duration.ofMillis(200), IO)).as("the hog's writes block: it is paused").isTrue();
            assertThat(hog.sent()).as("bytes the hog could push before it was paused").isLessThan(64L << 20);
            assertThat(roundTrip(polite, "still served?")).isEqualTo("STILL SERVED?");
            await().atMost(Duration.ofSeconds(10)).until(() -> server.dropped() == 1);
            await().atMost(Duration.ofSeconds(5)).until(() -> hog.failure() != null); // its blocked write fails: dropped
            assertThat(roundTrip(polite, "and now?")).isEqualTo("AND NOW?");
        }
    }

    @Test
    void survivesAClientThatResetsAndFinishesOneThatHalfCloses() throws IOException {
        try (SelectorEchoServer server = SelectorEchoServer.start(ANY_LOOPBACK_PORT)) {
            try (Socket rude = connect(server)) {
                roundTrip(rude, "x");
                rude.getOutputStream().write(new byte[100_000]); // an echo in progress when it resets
                rude.setSoLinger(true, 0);
            }
            try (Socket polite = connect(server)) {
                polite.getOutputStream().write("bye".getBytes(US_ASCII));
                polite.shutdownOutput();
                assertThat(polite.getInputStream().readAllBytes()).asString(US_ASCII).isEqualTo("BYE");
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> server.connections() == 0);
        }
    }

    @Test
    void bindsLoopbackByDefaultAndCloseReleasesThePortAndTheThread() throws IOException {
        SelectorEchoServer server = SelectorEchoServer.start(
                new InetSocketAddress(InetAddress.getByName(SelectorEchoServer.DEFAULT_BIND), 0));
        int port = server.address().getPort();
        try (Socket client = connect(server)) {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            assertThatThrownBy(() -> new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close())
                    .isInstanceOf(BindException.class);
            assertThat(roundTrip(client, "up")).isEqualTo("UP");
            server.close();
            assertThat(client.getInputStream().read()).as("the client sees the end of the stream").isEqualTo(-1);
        }
        assertThat(server.loopThread().isAlive()).isFalse();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }
}
