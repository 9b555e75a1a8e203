package org.socketslab.tcp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.faults.ChunkingProxy;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.FinishedOnReturn;

@Tag("tcp-4")
@Exercise(id = "tcp-4", title = "Half-close: end the request, read the answer", docs = "tcp.html#tcp-4")
class HalfCloseClientTest {
    private static final Duration LIMIT = Duration.ofSeconds(4);

    private static byte[] request(DigestServer server, InetSocketAddress via, byte[] request, Steps steps) throws Exception {
        byte[] answer = TimeLimit.call(LIMIT, "request() did not return: does it stop reading when read() returns -1?",
                () -> HalfCloseClient.request(via, request));
        DigestServer.Seen seen = server.lastSeen();
        steps.step("the server saw " + (seen == null ? "nothing" : seen.bytes() + " bytes"
                + (seen.endOfStream() ? " and the end of the request" : " but no end of the request")));
        assertThat(seen).as("what the server received").isNotNull();
        if (!seen.endOfStream()) {
            throw new AssertionError("the server waited " + DigestServer.PATIENCE_MILLIS + " ms for the end of the"
                    + " request and gave up: after writing, shutdownOutput() tells the server you are done");
        }
        assertThat(seen.bytes()).as("request bytes the server received").isEqualTo(request.length);
        return answer;
    }

    @Test
    @DisplayName("the server sees the end of the request and the whole answer comes back")
    void sendsEndOfRequestAndReadsAnswer(Steps steps) throws Exception {
        byte[] hello = "hello, half-close".getBytes(StandardCharsets.UTF_8);
        // The baseline comes before the server's sockets, and the look after the server has closed
        // them all: only a socket request() left open can then be counted.
        FinishedOnReturn watch = FinishedOnReturn.watch(HalfCloseClient.class);
        try (DigestServer server = new DigestServer(100_000)) {
            steps.step("started a server that answers only after the end of the request");
            steps.step("sent \"hello, half-close\"");
            byte[] answer = request(server, server.address(), hello, steps);
            assertSameBytes("the answer", server.answerTo(hello), answer);
        }
        steps.step("stopped the server, then counted the sockets still open");
        watch.assertFinished("request()", 0);
    }

    @Test
    @DisplayName("sends a 1 MiB request and reads a 1 MiB answer")
    void handlesLargeRequestAndAnswer(Steps steps) throws Exception {
        byte[] big = new byte[1 << 20];
        new Random(4).nextBytes(big);
        try (DigestServer server = new DigestServer(1 << 20)) {
            steps.step("sent 1 MiB of random bytes to a server that answers with 1 MiB");
            byte[] answer = request(server, server.address(), big, steps);
            assertSameBytes("the answer", server.answerTo(big), answer);
        }
    }

    @Test
    @DisplayName("works when the stream is split into small pieces both ways")
    void worksThroughAChunkingProxy(Steps steps) throws Exception {
        byte[] text = "split me into pieces; ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (DigestServer server = new DigestServer(20_000);
             ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(5).pieces(1, 16).start()) {
            steps.step("put a proxy that forwards 1 to 16 bytes per write in front of the server");
            steps.step("sent " + text.length + " bytes through it");
            byte[] answer = request(server, proxy.address(), text, steps);
            assertSameBytes("the answer", server.answerTo(text), answer);
        }
    }

    @Test
    @DisplayName("reads on when the server pauses in the middle of its answer")
    void readsOnThroughAPause(Steps steps) throws Exception {
        byte[] hello = "take your time".getBytes(StandardCharsets.UTF_8);
        try (DigestServer server = new DigestServer(5_000, 300)) {
            steps.step("started a server that sends its first line, pauses 300 ms, then sends 5,000 bytes more");
            byte[] answer;
            try {
                answer = request(server, server.address(), hello, steps);
            } finally {
                server.clientReturned();
            }
            assertSameBytes("the answer", server.answerTo(hello), answer);
        }
    }

    @Test
    @DisplayName("sends an empty request")
    void sendsAnEmptyRequest(Steps steps) throws Exception {
        try (DigestServer server = new DigestServer(10)) {
            steps.step("sent an empty request");
            byte[] answer = request(server, server.address(), new byte[0], steps);
            assertThat(new String(answer, StandardCharsets.US_ASCII)).as("the answer")
                    .startsWith("received 0 bytes");
        }
    }
}
