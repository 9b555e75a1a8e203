package org.socketslab.nonblocking.exercise;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.ClientSwarm;
import org.socketslab.kit.faults.NeverReadingPeer;
import org.socketslab.kit.faults.SendCapacity;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.nonblocking.CpuShare;

@Tag("nonblocking-3")
@Exercise(id = "nonblocking-3", title = "One-thread selector echo server", docs = "nonblocking.html#nonblocking-3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneThreadEchoServerTest {
    private static final int READ_TIMEOUT_MILLIS = 2_000;
    private static final Duration SWARM_IO = Duration.ofSeconds(10);
    /**
     * What a client that never reads can push into a server that holds it back: the kernel buffers
     * on the way (here they grow to a few MiB each way) plus the 64 KiB the server keeps. A server
     * that goes on reading takes everything, 48 MiB.
     */
    private static final long HOG_BOUND = 24L << 20;
    private static final int HALF_CLOSER_RECEIVE_BUFFER = 4096;
    private static final int SETTLING_ROUND_TRIPS = 1_000;

    private static OneThreadEchoServer startServer() throws IOException {
        return OneThreadEchoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    private static InetSocketAddress address(OneThreadEchoServer server) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port());
    }

    private static Socket connect(OneThreadEchoServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(address(server), 2_000);
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private static String roundTrip(Socket client, String text, String whenSilent) throws IOException {
        byte[] bytes = text.getBytes(US_ASCII);
        client.getOutputStream().write(bytes);
        try {
            return new String(client.getInputStream().readNBytes(bytes.length), US_ASCII);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no echo of \"" + text + "\" within " + READ_TIMEOUT_MILLIS + " ms: " + whenSilent);
        }
    }

    @Test
    @Order(1)
    @DisplayName("echoes what a client sends, byte for byte")
    void echoes(Steps steps) throws Exception {
        byte[] data = new byte[200_000];
        new Random(31).nextBytes(data);
        try (OneThreadEchoServer server = startServer(); Socket client = connect(server)) {
            steps.step("started the server on port " + server.port() + ", connected, sent 200,000 random bytes");
            client.getOutputStream().write(data);
            try {
                assertSameBytes("the echo", data, client.getInputStream().readNBytes(data.length));
            } catch (SocketTimeoutException e) {
                fail("the echo of 200,000 bytes stopped coming for " + READ_TIMEOUT_MILLIS + " ms");
            }
        }
    }

    @Test
    @Order(6)
    @DisplayName("serves 1,000 clients at once, from one thread")
    void thousandClientsOneThread(Steps steps) throws Exception {
        NewThreads threads = NewThreads.snapshot();
        try (OneThreadEchoServer server = startServer()) {
            steps.step("connected 1,000 clients at once");
            try (ClientSwarm swarm = ClientSwarm.to(address(server)).clients(1_000).start()) {
                steps.step("each sent its own line, then all read their echoes");
                swarm.sendToEach(i -> ("client " + i + "\n").getBytes(US_ASCII), SWARM_IO);
                List<byte[]> echoes;
                try {
                    echoes = swarm.receiveFromEach(i -> ("client " + i + "\n").length(), SWARM_IO);
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("not every client got its echo within " + SWARM_IO.toSeconds() + " s: "
                            + e.getMessage());
                }
                for (int i = 0; i < echoes.size(); i++) {
                    assertThat(new String(echoes.get(i), US_ASCII)).as("echo to client " + i).isEqualTo("client " + i + "\n");
                }
                List<Thread> started = threads.started();
                assertThat(started.size()).as("threads the server runs while serving 1,000 clients (%s); the exercise"
                        + " is one thread with one Selector", NewThreads.names(started)).isEqualTo(1);
            }
        }
    }

    @Test
    @Order(8)
    @DisplayName("echoes 24 MiB to a client that reads only after sending, without losing a byte")
    void slowReaderLosesNothing(Steps steps) throws Exception {
        byte[] pattern = new byte[256 * 1024];
        new Random(7).nextBytes(pattern);
        int total = 24 << 20;
        byte[] expected = new byte[total];
        for (int i = 0; i < total; i += pattern.length) {
            System.arraycopy(pattern, 0, expected, i, Math.min(pattern.length, total - i));
        }
        try (OneThreadEchoServer server = startServer();
             NeverReadingPeer client = NeverReadingPeer.to(address(server)).sending(pattern, total).start()) {
            steps.step("a client sends 24 MiB of random bytes and reads nothing until it is held back (or done)");
            client.awaitStalled(Duration.ofMillis(300), Duration.ofSeconds(10));
            steps.step("then it read its echo until 2 s passed without a byte");
            byte[] echoed = client.readUpTo(total, Duration.ofSeconds(2));
            assertSameBytes("the echo of 24 MiB (when write() takes only part of a buffer, the rest must be written"
                    + " later, on OP_WRITE)", expected, echoed);
        }
    }

    @Test
    @Order(7)
    @DisplayName("keeps its thread asleep while 100 clients are connected and idle")
    void sleepsWhenIdle(Steps steps) throws Exception {
        NewThreads threads = NewThreads.snapshot();
        try (OneThreadEchoServer server = startServer();
             ClientSwarm swarm = ClientSwarm.to(address(server)).clients(100).start()) {
            steps.step("100 clients connected and each got an echo of one line");
            swarm.sendToEach(i -> "ping\n".getBytes(US_ASCII), SWARM_IO);
            swarm.receiveFromEach(i -> 5, SWARM_IO);
            steps.step("one more client got an echo, then reset its connection (SO_LINGER 0), and another one after it"
                    + " got an echo");
            try (Socket rude = connect(server)) {
                assertThat(roundTrip(rude, "bye", "the server does not echo")).isEqualTo("bye");
                rude.setSoLinger(true, 0);
            }
            try (Socket next = connect(server)) {
                assertThat(roundTrip(next, "after", "the server stopped serving after a client reset")).isEqualTo("after");
            }
            steps.step("measured the server's threads' CPU time for 1 s while every client is idle, and a thread of the"
                    + " test's that spins meanwhile");
            CpuShare idle = CpuShare.againstASpinner(threads.started(), Duration.ofSeconds(1));
            assertThat(idle.share()).as("CPU used by the server with 100 idle clients, against a thread that spins"
                    + " meanwhile: %s. A loop that spins is usually OP_WRITE left on after the echo was written (a"
                    + " socket is writable nearly always, so select() returns at once, for ever), or the channel of a"
                    + " client that reset left open (it is ready to read at every select(): close it)", idle).isLessThan(0.2);
        }
    }

    @Test
    @Order(4)
    @DisplayName("stops reading from a client that never reads, and serves the others meanwhile")
    void boundedForAClientThatNeverReads(Steps steps) throws Exception {
        long total = 48L << 20;
        try (OneThreadEchoServer server = startServer();
             NeverReadingPeer hog = NeverReadingPeer.to(address(server)).sending(new byte[8192], total).start();
             Socket polite = connect(server)) {
            steps.step("a client sends 48 MiB and never reads its echo");
            boolean heldBack = hog.awaitStalled(Duration.ofMillis(300), Duration.ofSeconds(15));
            if (!heldBack) {
                fail(String.format("the server took %,d bytes from a client that never reads its echo without holding it"
                        + " back: at most %,d bytes of echo may wait, then stop reading from that client (drop OP_READ"
                        + " from its interest set) until it catches up", hog.sent(), OneThreadEchoServer.MAX_PENDING));
            }
            long sentWhenHeldBack = hog.sent();
            steps.step("while it is held back, another client sent \"anyone there?\"");
            assertThat(roundTrip(polite, "anyone there?", "the server is stuck on the client that never reads. Is it"
                    + " looping on write() until everything is written? Keep the rest and come back on OP_WRITE"))
                    .isEqualTo("anyone there?");
            steps.step("checked that the client that never reads is still held back");
            // A server that only fell behind for a moment catches up now that its thread has run: still held?
            boolean stillHeld = hog.awaitStalled(Duration.ofMillis(500), Duration.ofSeconds(15));
            long more = hog.sent() - sentWhenHeldBack;
            if (!stillHeld || more > (1 << 20) || hog.sent() > HOG_BOUND) {
                fail(String.format("the client that never reads was held back for a moment, then the server read another"
                        + " %,d bytes from it (%,d in all%s): while %,d bytes of echo wait for a client, read nothing"
                        + " more from it", more, hog.sent(), hog.finished() ? ", everything it had" : "",
                        OneThreadEchoServer.MAX_PENDING));
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("keeps serving after clients reset or vanish")
    void survivesResets(Steps steps) throws Exception {
        try (OneThreadEchoServer server = startServer()) {
            try (Socket rude = connect(server)) {
                steps.step("a client sent 1 MiB and reset the connection without reading its echo");
                rude.getOutputStream().write(new byte[1 << 20]);
                rude.setSoLinger(true, 0);
            }
            steps.step("a client connected and closed at once");
            connect(server).close();
            try (Socket next = connect(server)) {
                steps.step("a new client sent \"still there?\"");
                assertThat(roundTrip(next, "still there?", "the server stopped serving after a client reset"))
                        .isEqualTo("still there?");
            }
        }
    }

    @Test
    @Order(5)
    @DisplayName("echoes everything to a client that half-closes, then closes the connection")
    void halfClose(Steps steps) throws Exception {
        byte[] data = "half-close me\n".repeat(20_000).getBytes(US_ASCII);
        try (OneThreadEchoServer server = startServer(); Socket client = connect(server)) {
            steps.step("sent " + data.length + " bytes, then shutdownOutput(), then read until the server closed");
            Thread writer = new Thread(() -> {
                try {
                    client.getOutputStream().write(data);
                    client.shutdownOutput();
                } catch (IOException ignored) {
                    // The read below reports what went wrong.
                }
            }, "test-writer");
            writer.start();
            try {
                byte[] echoed = client.getInputStream().readAllBytes();
                assertSameBytes("everything echoed before the server closed", data, echoed);
            } catch (SocketTimeoutException e) {
                fail("the server did not close the connection " + READ_TIMEOUT_MILLIS + " ms after the client's end of"
                        + " stream: read() returning -1 means the client is done sending; echo what is left, then close");
            } finally {
                client.close();
                writer.join(2_000);
            }
        }
        echoesWhatWaitsAtHalfClose(steps);
    }

    /**
     * Clients send a little more than the kernel buffers toward them hold and half-close, reading
     * nothing until the server has taken all of it: the server meets the end of stream while some
     * echo waits in its own memory. (A client that reads as it sends, as above, empties the kernel
     * buffers first on loopback, so a server that closes at the end of stream loses nothing there.)
     * Seven clients, from 40 KiB over the measured figure down to 248 KiB under it, 48 KiB apart:
     * the buffers of one connection come out a little (on a busy machine up to 200 KiB) smaller
     * than measured, and for one of the clients some echo waits in the server whatever they come to.
     */
    private static void echoesWhatWaitsAtHalfClose(Steps steps) throws Exception {
        long capacity = SendCapacity.towardAPeerThatDoesNotRead(HALF_CLOSER_RECEIVE_BUFFER);
        byte[] pattern = new byte[64 * 1024];
        new Random(3).nextBytes(pattern);
        int[] totals = new int[7];
        for (int c = 0; c < totals.length; c++) {
            totals[c] = Math.toIntExact(capacity + (40 << 10) - c * (48L << 10));
        }
        List<NeverReadingPeer> clients = new java.util.ArrayList<>();
        try (OneThreadEchoServer server = startServer(); Socket other = connect(server)) {
            for (int total : totals) {
                clients.add(halfCloser(server, pattern, total));
            }
            steps.step(String.format("7 more clients sent %,d to %,d random bytes (around what the kernel buffers toward"
                    + " a client that does not read hold here), then shutdownOutput(), reading nothing", totals[6],
                    totals[0]));
            for (NeverReadingPeer client : clients) {
                client.awaitStalled(Duration.ofMillis(300), Duration.ofSeconds(10));
            }
            steps.step("another client got " + SETTLING_ROUND_TRIPS + " one-byte echoes meanwhile, so that the server's"
                    + " thread had time to read everything; then each half-closed client read until the server closed");
            for (int i = 0; i < SETTLING_ROUND_TRIPS; i++) {
                roundTrip(other, "!", "the server stopped serving others while a client half-closed");
            }
            for (int c = 0; c < totals.length; c++) {
                byte[] echoed = clients.get(c).readUpTo(totals[c] + 1L, Duration.ofMillis(READ_TIMEOUT_MILLIS));
                assertSameBytes("everything echoed to the client that sent " + String.format("%,d", totals[c])
                        + " bytes before the server closed, while some echo still waited in the server when it read the"
                        + " end of stream (read() returning -1 ends only the client's sending: write what waits for it,"
                        + " then close)", repeated(pattern, totals[c]), echoed);
                if (!clients.get(c).endOfStream()) {
                    fail("the server did not close the connection " + READ_TIMEOUT_MILLIS + " ms after the last echo to a"
                            + " client that had half-closed: once its echo is written, close");
                }
            }
        } finally {
            for (NeverReadingPeer client : clients) {
                client.close();
            }
        }
    }

    private static NeverReadingPeer halfCloser(OneThreadEchoServer server, byte[] pattern, int total) throws IOException {
        return NeverReadingPeer.to(address(server)).receiveBuffer(HALF_CLOSER_RECEIVE_BUFFER).sending(pattern, total)
                .shutdownOutputWhenSent().start();
    }

    private static byte[] repeated(byte[] pattern, int total) {
        byte[] all = new byte[total];
        for (int i = 0; i < total; i += pattern.length) {
            System.arraycopy(pattern, 0, all, i, Math.min(pattern.length, total - i));
        }
        return all;
    }

    @Test
    @Order(3)
    @DisplayName("close() disconnects the clients, frees the port and ends the thread")
    void closeCleansUp(Steps steps) throws Exception {
        NewThreads threads = NewThreads.snapshot();
        OneThreadEchoServer server = startServer();
        boolean closed = false;
        int port = server.port();
        try (Socket client = connect(server)) {
            steps.step("a client connected to port " + port + " and got an echo");
            assertThat(roundTrip(client, "hi", "the server does not echo")).isEqualTo("hi");
            steps.step("called close() on the server");
            TimeLimit.call(Duration.ofSeconds(5), "close() did not return", () -> {
                server.close();
                return null;
            });
            closed = true;
            assertThat(threads.started()).as("threads still running when close() returned").isEmpty();
            try {
                assertThat(client.getInputStream().read()).as("what the client reads after close()").isEqualTo(-1);
            } catch (SocketTimeoutException e) {
                fail("the client was still connected " + READ_TIMEOUT_MILLIS + " ms after close()");
            } catch (SocketException resetIsFine) {
                // Gone all the same.
            }
            assertThat(threads.started()).as("threads still running after close()").isEmpty();
        } finally {
            if (!closed) {
                server.close();
            }
        }
        steps.step("bound a new server socket to port " + port);
        try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
            steps.step("started another server on port " + port + ", taken now");
            OneThreadEchoServer second;
            try {
                second = OneThreadEchoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException expected) {
                return;
            }
            second.close();
            fail("start() on port " + port + ", which is taken, returned a server on port " + second.port()
                    + ": when the address cannot be bound, start() throws the IOException");
        }
    }
}
