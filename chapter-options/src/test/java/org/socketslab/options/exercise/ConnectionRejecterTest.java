package org.socketslab.options.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;

@Tag("options-2")
@Exercise(id = "options-2", title = "Reject a connection with a reset", docs = "options.html#options-2")
class ConnectionRejecterTest {
    private static final Duration LIMIT = Duration.ofSeconds(4);
    private static final byte[] REQUEST = "HELLO\n".getBytes(StandardCharsets.US_ASCII);

    private static void reject(Socket accepted) throws Exception {
        TimeLimit.call(LIMIT, "reject() did not return", () -> {
            ConnectionRejecter.reject(accepted);
            return null;
        });
    }

    /** What the client's next read sees; a timeout means nothing at all arrived. */
    private static String clientReads(Socket client) throws IOException {
        client.setSoTimeout(2_000);
        try {
            int got = client.getInputStream().read();
            return got == -1 ? "end of stream (-1): an orderly close, FIN" : "a byte (" + got + ")";
        } catch (SocketTimeoutException e) {
            return "nothing for 2 s: neither FIN nor RST was sent; was the socket closed?";
        } catch (SocketException e) {
            return "reset";
        }
    }

    private static void assertReset(String seen) {
        if (!seen.equals("reset")) {
            throw new AssertionError("expected the client's read to fail with a \"connection reset\" SocketException, but it"
                    + " saw " + seen + ". What makes close() send RST instead of FIN?");
        }
    }

    @Test
    @DisplayName("a read by the peer fails with a connection reset, not an end of stream")
    void peerSeesReset(Steps steps) throws Exception {
        try (LoopbackConnection connection = LoopbackConnection.open()) {
            steps.step("a client connected and sent nothing");
            steps.step("called reject() on the accepted socket");
            reject(connection.accepted());
            steps.step("the client read");
            assertReset(clientReads(connection.client()));
        }
    }

    @Test
    @DisplayName("resets a connection whose request the server has read")
    void resetsAfterARequest(Steps steps) throws Exception {
        try (LoopbackConnection connection = LoopbackConnection.open(REQUEST)) {
            steps.step("a client connected and sent \"HELLO\\n\"");
            new DataInputStream(connection.accepted().getInputStream()).readFully(new byte[REQUEST.length]);
            steps.step("the server read the whole request, then called reject()");
            reject(connection.accepted());
            steps.step("the client read");
            assertReset(clientReads(connection.client()));
        }
    }

    @Test
    @DisplayName("the socket is closed when reject returns")
    void socketIsClosed(Steps steps) throws Exception {
        try (LoopbackConnection connection = LoopbackConnection.open()) {
            steps.step("called reject() on an accepted socket");
            reject(connection.accepted());
            assertThat(connection.accepted().isClosed()).as("the socket is closed after reject()").isTrue();
        }
    }
}
