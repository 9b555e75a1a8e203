package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(15)
class ThreadPerConnectionServerTest {
    /** Sends every byte back, until the client is done. */
    private static final ConnectionHandler ECHO_BYTES = (in, out) -> {
        int b;
        while ((b = in.read()) != -1) {
            out.write(b);
        }
    };

    private static Socket connect(ThreadPerConnectionServer server) throws IOException {
        Socket socket = new Socket(server.address().getAddress(), server.address().getPort());
        socket.setSoTimeout(3_000);
        return socket;
    }

    /** One byte there and back: the server has a thread on this connection. */
    private static void assertServed(Socket client) throws IOException {
        client.getOutputStream().write('x');
        assertThat(client.getInputStream().read()).as("the echo of one byte").isEqualTo('x');
    }

    @Test
    void refusesClientsOverTheLimitAndServesAgainOnceOneLeaves() throws Exception {
        ServerLog log = new ServerLog();
        try (ThreadPerConnectionServer server = ThreadPerConnectionServer.start(InetAddress.getLoopbackAddress(), 0,
                ECHO_BYTES, log, 2)) {
            Socket first = connect(server);
            try (Socket second = connect(server)) {
                try (first) { // the first client leaves at the end of this block
                    assertServed(first);
                    assertServed(second);
                    try (Socket third = connect(server)) {
                        assertThat(third.getInputStream().read()).as("the third client is hung up on at once").isEqualTo(-1);
                    }
                    assertThat(log.next()).matches("client 127\\.0\\.0\\.1:\\d+: refused, already serving 2 clients"
                            + " \\(connection closed\\)");
                }
                await("a new client is served once the first has left").atMost(Duration.ofSeconds(3)).ignoreExceptions()
                        .untilAsserted(() -> {
                            try (Socket next = connect(server)) {
                                assertServed(next);
                            }
                        });
                assertServed(second);
            }
        }
    }
}
