package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.ChunkingProxy;

@Timeout(15)
class LineProtocolServerTest {
    private static final int MAX = 100;

    private final ServerLog log = new ServerLog();
    private ThreadPerConnectionServer server;

    @BeforeEach
    void start() throws IOException {
        server = LineProtocolServer.start(InetAddress.getLoopbackAddress(), 0, MAX, log);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private static Socket connect(java.net.InetSocketAddress address) throws IOException {
        Socket socket = new Socket(address.getAddress(), address.getPort());
        socket.setSoTimeout(3_000);
        return socket;
    }

    private static BufferedReader replies(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    @Test
    void answersLfAndCrlfLinesThatDribbleThroughAProxy() throws IOException {
        try (ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(3).pieces(1, 1).start();
             Socket client = connect(proxy.address())) {
            client.getOutputStream().write("hello\r\ngrüße\nlast\n".getBytes(StandardCharsets.UTF_8));
            BufferedReader replies = replies(client);
            assertThat(replies.readLine()).isEqualTo("OK HELLO");
            assertThat(replies.readLine()).isEqualTo("OK GRÜSSE");
            assertThat(replies.readLine()).isEqualTo("OK LAST");
        }
        log.assertEmpty();
    }

    @Test
    void answersALongLineWithErrThenHangsUpAndGoesOnServing() throws Exception {
        try (Socket client = connect(server.address())) {
            client.getOutputStream().write("x".repeat(MAX + 10).getBytes(StandardCharsets.US_ASCII)); // no line end
            BufferedReader replies = replies(client);
            assertThat(replies.readLine()).isEqualTo("ERR line longer than 100 bytes");
            assertThat(replies.readLine()).as("then the server hangs up").isNull();
        }
        assertThat(log.next()).matches("client 127\\.0\\.0\\.1:\\d+: line longer than 100 bytes \\(connection closed\\)");
        try (Socket next = connect(server.address())) {
            next.getOutputStream().write("still there?\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(replies(next).readLine()).isEqualTo("OK STILL THERE?");
        }
    }

    @Test
    void reportsALineCutByTheEndOfTheStream() throws Exception {
        try (Socket client = connect(server.address())) {
            client.getOutputStream().write("no line end".getBytes(StandardCharsets.US_ASCII));
            client.shutdownOutput();
            assertThat(replies(client).readLine()).isNull();
        }
        assertThat(log.next()).contains("stream ended after 11 bytes of a line without a line end");
    }
}
