package org.socketslab.tcp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.RequiresIpv6Loopback;

/**
 * What the TCP page says Java and the operating system do, checked on every JDK the build runs on.
 * Each display name starts with the page section it backs; a docs test checks that section exists.
 * Linux-only facts run only on Linux, so a learner's build elsewhere stays green.
 */
@Timeout(20)
class JavaTcpFactsTest {
    private static final String LINUX_ONLY = "the page states this for Linux, where the course is measured";

    @Test
    @DisplayName("tcp.html#from-bsd-calls-to-java: read returns -1 at the end of the stream, and 0 only for an empty buffer")
    void endOfStreamIsMinusOne() throws IOException {
        try (Pair pair = Pair.open()) {
            pair.accepted.close();
            assertThat(pair.client.getInputStream().read(new byte[0])).isZero();
            assertThat(pair.client.getInputStream().read(new byte[8])).isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("tcp.html#from-bsd-calls-to-java: nothing listening is a ConnectException at once")
    void connectToAClosedPortFailsAtOnce() throws IOException {
        int closedPort;
        try (ServerSocket gone = listen(50)) {
            closedPort = gone.getLocalPort();
        }
        try (Socket client = new Socket()) {
            assertThatThrownBy(() -> client.connect(new InetSocketAddress(Loopback.ipv4(), closedPort), 5_000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    @DisplayName("tcp.html#from-bsd-calls-to-java: closing either stream closes the socket")
    void closingAStreamClosesTheSocket() throws IOException {
        try (Pair pair = Pair.open()) {
            pair.client.getOutputStream().close();
            assertThat(pair.client.isClosed()).isTrue();
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = LINUX_ONLY)
    @DisplayName("tcp.html#backlog: Linux queues one connection more than the backlog, then connects wait")
    void linuxQueuesBacklogPlusOne() throws IOException {
        try (ServerSocket server = listen(2)) {
            assertThat(connectsBeforeOneHangs(server, 10)).isEqualTo(3);
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = LINUX_ONLY)
    @DisplayName("tcp.html#backlog: a backlog of 0 or less means the JDK's 50")
    void backlogZeroMeansFifty() throws IOException {
        try (ServerSocket server = listen(0)) {
            assertThat(connectsBeforeOneHangs(server, 60)).isEqualTo(51);
        }
    }

    @Test
    @DisplayName("tcp.html#ports: one address and port take one listener, a wildcard included")
    void oneListenerPerAddressAndPort() throws IOException {
        try (ServerSocket first = listen(50)) {
            int port = first.getLocalPort();
            assertThatThrownBy(() -> new ServerSocket(port, 50, Loopback.ipv4()).close()).isInstanceOf(BindException.class);
            assertThatThrownBy(() -> new ServerSocket(port, 50, InetAddress.getByName("0.0.0.0")).close())
                    .isInstanceOf(BindException.class);
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "127.0.0.2 is a loopback address on Linux only")
    @DisplayName("tcp.html#ports: 127.0.0.1 and 127.0.0.2 share a port")
    void otherLoopbackAddressesShareAPort() throws IOException {
        try (ServerSocket first = listen(50);
             ServerSocket second = new ServerSocket(first.getLocalPort(), 50, InetAddress.getByName("127.0.0.2"))) {
            assertThat(second.getLocalPort()).isEqualTo(first.getLocalPort());
        }
    }

    @Test
    @RequiresIpv6Loopback
    @DisplayName("tcp.html#ports: 127.0.0.1 and ::1 share a port")
    void bothLoopbacksShareAPort() throws IOException {
        try (ServerSocket first = listen(50);
             ServerSocket second = new ServerSocket(first.getLocalPort(), 50, Loopback.ipv6())) {
            assertThat(second.getLocalPort()).isEqualTo(first.getLocalPort());
        }
    }

    @Test
    @DisplayName("tcp.html#reuseaddr: SO_REUSEADDR is on for a ServerSocket, off for a Socket")
    void reuseAddressDefaults() throws IOException {
        try (ServerSocket server = new ServerSocket(); Socket socket = new Socket()) {
            assertThat(server.getReuseAddress()).isTrue();
            assertThat(socket.getReuseAddress()).isFalse();
        }
    }

    @Test
    @DisplayName("tcp.html#resets: after a plain close with nothing unread, the reader gets -1, one write succeeds, a later one fails")
    void writeAfterThePeerClosedFailsOnlyLater() throws IOException {
        try (Pair pair = Pair.open()) {
            pair.accepted.close();
            assertThat(pair.client.getInputStream().read()).isEqualTo(-1);
            OutputStream out = pair.client.getOutputStream();
            out.write(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> writeFails(out));
        }
    }

    @Test
    @DisplayName("tcp.html#resets: a plain close with unread data: the reader still gets -1, then writes fail")
    void closeWithUnreadDataHalfClosesFirst() throws IOException {
        try (Pair pair = Pair.open()) {
            pair.client.getOutputStream().write("never read".getBytes(US_ASCII));
            await().atMost(Duration.ofSeconds(5)).until(() -> pair.accepted.getInputStream().available() > 0);
            pair.accepted.close();
            assertThat(pair.client.getInputStream().read()).isEqualTo(-1);
            OutputStream out = pair.client.getOutputStream();
            await().atMost(Duration.ofSeconds(5)).until(() -> writeFails(out));
        }
    }

    @Test
    @DisplayName("tcp.html#resets: after a close with SO_LINGER 0 the reader gets the bytes that arrived, then a reset")
    void lingerZeroDeliversQueuedBytesThenResets() throws IOException {
        try (Pair pair = Pair.open()) {
            pair.accepted.getOutputStream().write("queued".getBytes(US_ASCII));
            await().atMost(Duration.ofSeconds(5)).until(() -> pair.client.getInputStream().available() == 6);
            pair.accepted.setSoLinger(true, 0);
            pair.accepted.close();
            assertThat(pair.client.getInputStream().readNBytes(6)).isEqualTo("queued".getBytes(US_ASCII));
            assertThatThrownBy(() -> pair.client.getInputStream().read()).isInstanceOf(SocketException.class);
        }
    }

    @Test
    @DisplayName("tcp.html#resets: setSoTimeout bounds reads, never writes: a write to a peer that never reads just blocks")
    void soTimeoutDoesNotBoundWrites() throws Exception {
        try (Pair pair = Pair.open()) {
            pair.client.setSoTimeout(100);
            AtomicLong written = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    OutputStream out = pair.client.getOutputStream();
                    while (true) {
                        out.write(chunk);
                        written.addAndGet(chunk.length);
                    }
                } catch (IOException closedByTheTest) {
                    // ends the writer once the test closes the socket
                }
            });
            // The buffers fill, then the writer stays blocked for many read timeouts, with no exception.
            long[] previous = {-1};
            await().pollInterval(Duration.ofMillis(200)).atMost(Duration.ofSeconds(15)).until(() -> {
                long now = written.get();
                boolean stopped = now > 0 && now == previous[0];
                previous[0] = now;
                return stopped;
            });
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !writer.isDone());
            assertThat(pair.client.getInputStream().available()).isZero();
            assertThatThrownBy(() -> pair.client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            pair.client.close();
            writer.join();
        }
    }

    private static boolean writeFails(OutputStream out) {
        try {
            out.write(1);
            return false;
        } catch (IOException e) {
            assertThat(e).isInstanceOf(SocketException.class);
            return true;
        }
    }

    /** Connects one client after another (300 ms each) until one hangs; returns how many completed. */
    private static int connectsBeforeOneHangs(ServerSocket server, int most) throws IOException {
        List<Socket> clients = new ArrayList<>();
        try {
            for (int i = 0; i < most; i++) {
                Socket client = new Socket();
                clients.add(client);
                try {
                    client.connect(server.getLocalSocketAddress(), 300);
                } catch (SocketTimeoutException hung) {
                    return i;
                }
            }
            return most;
        } finally {
            for (Socket client : clients) {
                client.close();
            }
        }
    }

    private static ServerSocket listen(int backlog) throws IOException {
        return new ServerSocket(0, backlog, Loopback.ipv4());
    }

    /** A connected client and the server's end of it; the listener is closed at once. */
    private static final class Pair implements AutoCloseable {
        final Socket client;
        final Socket accepted;

        private Pair(Socket client, Socket accepted) {
            this.client = client;
            this.accepted = accepted;
        }

        static Pair open() throws IOException {
            try (ServerSocket server = listen(50)) {
                Socket client = new Socket();
                client.connect(server.getLocalSocketAddress(), 5_000);
                server.setSoTimeout(5_000);
                Socket accepted = server.accept();
                client.setSoTimeout(5_000);
                accepted.setSoTimeout(5_000);
                return new Pair(client, accepted);
            }
        }

        @Override
        public void close() throws IOException {
            try (client; accepted) {
                // closes both, even if the first close fails
            }
        }
    }
}
