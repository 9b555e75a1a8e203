package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.ChunkingProxy;

@Timeout(15)
class LengthPrefixedEchoServerTest {
    private static final int MAX = 64 * 1024;

    private final ServerLog log = new ServerLog();
    private ThreadPerConnectionServer server;

    @BeforeEach
    void start() throws IOException {
        server = LengthPrefixedEchoServer.start(InetAddress.getLoopbackAddress(), 0, MAX, log);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.address().getAddress(), server.address().getPort());
        socket.setSoTimeout(3_000);
        return socket;
    }

    private static byte[] prefix(int length) {
        return ByteBuffer.allocate(4).putInt(length).array();
    }

    /** The server is still fine: a new client gets its frame back. */
    private void assertStillServing() throws IOException {
        try (LengthPrefixedClient client = new LengthPrefixedClient(server.address(), MAX)) {
            assertThat(client.exchange("still there?".getBytes(StandardCharsets.UTF_8)))
                    .asString(StandardCharsets.UTF_8).isEqualTo("still there?");
        }
    }

    @Test
    void echoesFramesWholeThroughADribblingProxy() throws IOException {
        byte[] big = new byte[MAX];
        new Random(1).nextBytes(big);
        try (ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(1).pieces(1, 1).start();
             LengthPrefixedClient client = new LengthPrefixedClient(proxy.address(), MAX)) {
            assertThat(client.exchange("hello".getBytes(StandardCharsets.UTF_8))).asString(StandardCharsets.UTF_8)
                    .isEqualTo("hello");
            assertThat(client.exchange(new byte[0])).isEmpty();
        }
        try (ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(2).pieces(100, 3000).start();
             LengthPrefixedClient client = new LengthPrefixedClient(proxy.address(), MAX)) {
            assertThat(client.exchange(big)).isEqualTo(big);
        }
        log.assertEmpty();
    }

    @Test
    void reportsAnOversizedLengthInOneLineAndHangsUp() throws Exception {
        try (Socket hostile = connect()) {
            hostile.getOutputStream().write(prefix(Integer.MAX_VALUE));
            assertThat(hostile.getInputStream().read()).as("the server hangs up").isEqualTo(-1);
        }
        assertThat(log.next()).matches("client 127\\.0\\.0\\.1:\\d+: frame length 2147483647 exceeds the maximum 65536"
                + " \\(connection closed\\)");
        assertStillServing();
    }

    @Test
    void reportsGarbageAndNegativeLengths() throws Exception {
        try (Socket garbage = connect()) {
            garbage.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            garbage.getInputStream().read();
        }
        // "GET " read as a big-endian int is 0x47455420.
        assertThat(log.next()).contains("frame length 1195725856 exceeds the maximum 65536");
        try (Socket negative = connect()) {
            negative.getOutputStream().write(prefix(-1));
            negative.getInputStream().read();
        }
        assertThat(log.next()).contains("negative frame length -1");
        assertStillServing();
    }

    @Test
    void reportsATruncatedFrameAndAReset() throws Exception {
        try (Socket truncated = connect()) {
            OutputStream out = truncated.getOutputStream();
            out.write(prefix(100));
            out.write(new byte[10]);
            truncated.shutdownOutput(); // end of stream inside the frame
            assertThat(truncated.getInputStream().read()).isEqualTo(-1);
        }
        assertThat(log.next()).contains("stream ended after 10 of 100 payload bytes");
        try (Socket rude = connect()) {
            rude.getOutputStream().write(prefix(100));
            rude.setSoLinger(true, 0); // close() now sends a reset
        }
        // The reset's message text differs between JDK versions: check the report's shape only.
        assertThat(log.next()).matches("client 127\\.0\\.0\\.1:\\d+: .+ \\(connection closed\\)");
        assertStillServing();
    }

    @Test
    void finishesTheRepliesOfAClientThatHalfCloses() throws Exception {
        try (Socket client = connect()) {
            OutputStream out = client.getOutputStream();
            out.write(prefix(3));
            out.write("one".getBytes(StandardCharsets.US_ASCII));
            out.write(prefix(3));
            out.write("two".getBytes(StandardCharsets.US_ASCII));
            client.shutdownOutput();
            InputStream in = client.getInputStream();
            assertThat(LengthPrefix.read(in, MAX)).asString(StandardCharsets.US_ASCII).isEqualTo("one");
            assertThat(LengthPrefix.read(in, MAX)).asString(StandardCharsets.US_ASCII).isEqualTo("two");
            assertThat(LengthPrefix.read(in, MAX)).as("a clean end after the last reply").isNull();
        }
        log.assertEmpty();
    }

    @Test
    void servesOthersWhileAClientFloodsAndNeverReads() throws Exception {
        Socket hog = connect();
        Thread flood = new Thread(() -> {
            try {
                byte[] frame = ByteBuffer.allocate(4 + MAX).putInt(MAX).array();
                for (int i = 0; i < 1000; i++) { // 64 MiB of frames whose echoes nobody reads
                    hog.getOutputStream().write(frame);
                }
            } catch (IOException expectedOnceTheHogIsClosed) {
                // The test closes the hog to end this write.
            }
        }, "flood");
        flood.start();
        try {
            assertStillServing();
        } finally {
            hog.close();
            flood.join(3_000);
        }
        assertThat(flood.isAlive()).as("the flooding thread ended once its socket closed").isFalse();
    }
}
