package org.socketslab.tcp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.faults.ChunkingProxy;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.FinishedOnReturn;

@Tag("tcp-1")
@Exercise(id = "tcp-1", title = "HTTP/1.1 request by hand", docs = "tcp.html#tcp-1")
class RawHttpClientTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "get() is still waiting for the response to end."
            + " Does the request say \"Connection: close\", and does your loop stop when read() returns -1?";

    private static RawHttpClient.Response get(String host, int port, String path) throws Exception {
        return TimeLimit.call(LIMIT, HUNG, () -> RawHttpClient.get(host, port, path));
    }

    @Test
    @DisplayName("sends a request line, a Host header and Connection: close")
    void sendsAWellFormedRequest(Steps steps) throws Exception {
        try (LocalHttpServer http = new LocalHttpServer()) {
            int port = http.address().getPort();
            steps.step("started an HTTP server on 127.0.0.1:" + port);
            steps.step("called get(\"127.0.0.1\", " + port + ", \"/hello\")");
            get("127.0.0.1", port, "/hello");
            LocalHttpServer.Request request = http.nextRequest();
            steps.step("the server received: " + request);
            assertThat(request.method()).as("method").isEqualTo("GET");
            assertThat(request.target()).as("request target").isEqualTo("/hello");
            assertThat(request.protocol()).as("protocol").isEqualTo("HTTP/1.1");
            assertThat(request.host()).as("Host header").isEqualTo("127.0.0.1:" + port);
            assertThat(request.connection()).as("Connection header").isEqualToIgnoringCase("close");
        }
    }

    @Test
    @DisplayName("ends every line of the request with CRLF and the head with an empty line")
    void endsEveryLineWithCrlf(Steps steps) throws Exception {
        byte[] answer = "HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        OneShotServer server = OneShotServer.recordingHead(answer);
        try (server) {
            steps.step("started a server that records the request head byte for byte");
            get("127.0.0.1", server.address().getPort(), "/raw");
        }
        String head = new String(server.head(), StandardCharsets.US_ASCII);
        steps.step("the server received " + head.replace("\r", "\\r").replace("\n", "\\n"));
        assertThat(head).as("the request head, which must end with an empty line (\\r\\n\\r\\n)").endsWith("\r\n\r\n");
        assertThat(head.replace("\r\n", "")).as("the request head with every CRLF taken out: no '\\n' or '\\r' may be left,"
                + " since every line ends in CRLF").doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    @DisplayName("returns the status code, the reason and the headers")
    void returnsStatusAndHeaders(Steps steps) throws Exception {
        try (LocalHttpServer http = new LocalHttpServer()) {
            steps.step("asked a real HTTP server for /hello");
            RawHttpClient.Response response = get("127.0.0.1", http.address().getPort(), "/hello");
            assertThat(response.status()).as("status code").isEqualTo(200);
            assertThat(response.reason()).as("reason phrase").isEqualTo("OK");
            assertThat(response.header("x-lab")).as("header X-Lab (names are case-insensitive)").hasValue("tcp-1");
            assertThat(response.header("Content-Length")).as("header Content-Length")
                    .hasValue(String.valueOf(LocalHttpServer.HELLO.length()));
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("body").isEqualTo(LocalHttpServer.HELLO);
        }
    }

    @Test
    @DisplayName("returns 404 and 201 as statuses, not as errors")
    void returnsOtherStatuses(Steps steps) throws Exception {
        try (LocalHttpServer http = new LocalHttpServer()) {
            int port = http.address().getPort();
            steps.step("asked for /missing, which the server does not have");
            assertThat(get("127.0.0.1", port, "/missing").status()).as("status of /missing").isEqualTo(404);
            steps.step("asked for /created, which answers 201 with no body");
            RawHttpClient.Response created = get("127.0.0.1", port, "/created");
            assertThat(created.status()).as("status of /created").isEqualTo(201);
            assertThat(created.body()).as("body of /created").isEmpty();
        }
    }

    @Test
    @DisplayName("reads the whole response when it arrives in tiny pieces")
    void readsAResponseThatArrivesInPieces(Steps steps) throws Exception {
        try (LocalHttpServer http = new LocalHttpServer();
             ChunkingProxy proxy = ChunkingProxy.to(http.address()).seed(1).pieces(1, 3)
                     .delay(Duration.ofMillis(2)).start()) {
            steps.step("put a proxy in front of the HTTP server that forwards 1 to 3 bytes per write, 2 ms apart");
            steps.step("asked for /hello through the proxy");
            RawHttpClient.Response response = get("127.0.0.1", proxy.address().getPort(), "/hello");
            assertThat(response.status()).as("status code").isEqualTo(200);
            assertThat(response.header("X-Lab")).as("header X-Lab").hasValue("tcp-1");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as("body").isEqualTo(LocalHttpServer.HELLO);
        }
    }

    @Test
    @DisplayName("reads a long body to the end of the stream")
    void readsALongBody(Steps steps) throws Exception {
        try (LocalHttpServer http = new LocalHttpServer();
             ChunkingProxy proxy = ChunkingProxy.to(http.address()).seed(6).pieces(1, 64).start()) {
            steps.step("put a proxy in front of the HTTP server that forwards 1 to 64 bytes per write");
            steps.step("asked for /big (" + LocalHttpServer.BIG.length + " bytes of body) through the proxy");
            RawHttpClient.Response response = get("127.0.0.1", proxy.address().getPort(), "/big");
            assertThat(response.status()).as("status code").isEqualTo(200);
            assertSameBytes("the body", LocalHttpServer.BIG, response.body());
        }
    }

    @Test
    @DisplayName("rejects a reply that is not HTTP with a ProtocolException")
    void rejectsSomethingThatIsNotHttp(Steps steps) throws Exception {
        byte[] notHttp = "SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        // The baseline comes before the server's sockets, and the look after the server has closed
        // them all: only a socket get() left open can then be counted.
        FinishedOnReturn watch = FinishedOnReturn.watch(RawHttpClient.class);
        try (OneShotServer server = OneShotServer.answeringAfterHead(notHttp)) {
            steps.step("started a server that answers an SSH banner instead of HTTP");
            assertThatThrownBy(() -> get("127.0.0.1", server.address().getPort(), "/"))
                    .as("get() against a server that does not speak HTTP")
                    .isInstanceOf(ProtocolException.class);
        }
        steps.step("stopped the server, then counted the sockets still open");
        watch.assertFinished("get()", 0);
    }

    @Test
    @DisplayName("rejects a response that ends before its head does with a ProtocolException")
    void rejectsAResponseWithoutTheEndOfItsHead(Steps steps) throws Exception {
        byte[] cut = "HTTP/1.1 200 OK\r\nX-Lab: tcp-1\r\n".getBytes(StandardCharsets.US_ASCII);
        try (OneShotServer server = OneShotServer.answeringAfterHead(cut)) {
            steps.step("started a server that answers a status line and a header, then closes without the empty line");
            assertThatThrownBy(() -> get("127.0.0.1", server.address().getPort(), "/"))
                    .as("get() when the response ends before the empty line that closes its head")
                    .isInstanceOf(ProtocolException.class);
        }
    }
}
