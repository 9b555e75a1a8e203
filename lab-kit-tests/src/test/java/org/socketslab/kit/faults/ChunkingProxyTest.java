package org.socketslab.kit.faults;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.leaks.OpenSockets;

@Timeout(10)
class ChunkingProxyTest {
    private static final int IO_TIMEOUT_MILLIS = 5_000;
    private static final Duration GRACE = Duration.ofSeconds(2);

    private ExecutorService background;

    @BeforeEach
    void startBackground() {
        AtomicInteger count = new AtomicInteger();
        background = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        assertThat(background.awaitTermination(2, SECONDS)).as("background tasks ended").isTrue();
    }

    @Test
    void sixtyFourKibArriveIntactInManySmallPieces() throws Exception {
        byte[] payload = randomBytes(64 * 1024, 7);
        try (TestServer echo = TestServer.start(ChunkingProxyTest::echo);
                ChunkingProxy proxy = ChunkingProxy.to(echo.address()).seed(42).pieces(1, 3).start();
                Socket client = connect(proxy.address())) {
            // Sent from another thread: the echo flows back while we still send, and if nobody
            // read it, every buffer on the way would fill and both ends would stall.
            Future<?> sending = background.submit(() -> {
                client.getOutputStream().write(payload);
                client.shutdownOutput();
                return null;
            });

            byte[] echoed = client.getInputStream().readAllBytes();
            sending.get(IO_TIMEOUT_MILLIS, MILLISECONDS);

            assertThat(echoed).isEqualTo(payload);
            // No piece is bigger than 3 bytes, so each way took at least 64 KiB / 3 writes.
            long fewestWrites = (payload.length + 2) / 3;
            assertThat(proxy.writesForwarded(Direction.CLIENT_TO_SERVER)).isGreaterThanOrEqualTo(fewestWrites);
            assertThat(proxy.writesForwarded(Direction.SERVER_TO_CLIENT)).isGreaterThanOrEqualTo(fewestWrites);
            assertThat(proxy.writesForwarded()).isGreaterThanOrEqualTo(2 * fewestWrites);
            assertThat(proxy.bytesForwarded()).isEqualTo(2L * payload.length);
            assertThat(proxy.connectionsAccepted()).isEqualTo(1);
        }
    }

    @Test
    void aNaiveSingleReadGetsOnlyPartOfAMessage() throws Exception {
        byte[] message = randomBytes(100, 3);
        TestServer.Handler sendMessage = peer -> {
            peer.getOutputStream().write(message); // one write: over plain loopback, one read
            drain(peer.getInputStream());
        };
        // With a pause between pieces the message takes a quarter of a second to get through,
        // so even a reader that is slow to get going sees it split.
        try (TestServer server = TestServer.start(sendMessage);
                ChunkingProxy proxy = ChunkingProxy.to(server.address()).pieces(1, 3).delay(Duration.ofMillis(5)).start();
                Socket client = connect(proxy.address())) {
            InputStream in = client.getInputStream();
            byte[] buffer = new byte[message.length];

            int firstRead = in.read(buffer);

            assertThat(firstRead).as("bytes returned by one read()").isLessThan(message.length);
            // Nothing is lost, though: a reader that loops gets the whole message.
            byte[] rest = in.readNBytes(message.length - firstRead);
            System.arraycopy(rest, 0, buffer, firstRead, rest.length);
            assertThat(buffer).isEqualTo(message);
        }
    }

    @Test
    void directionLimitsChunkingToOneWay() throws Exception {
        byte[] request = randomBytes(100, 1);
        byte[] answer = randomBytes(100, 2);
        TestServer.Handler answerOnce = peer -> {
            peer.getInputStream().readNBytes(request.length);
            peer.getOutputStream().write(answer);
            drain(peer.getInputStream());
        };
        try (TestServer server = TestServer.start(answerOnce);
                ChunkingProxy proxy = ChunkingProxy.to(server.address()).direction(Direction.SERVER_TO_CLIENT).start();
                Socket client = connect(proxy.address())) {
            client.getOutputStream().write(request);

            assertThat(client.getInputStream().readNBytes(answer.length)).isEqualTo(answer);
            eventually().untilAsserted(
                    () -> assertThat(proxy.bytesForwarded(Direction.SERVER_TO_CLIENT)).isEqualTo(answer.length));
            // The request arrived as one segment and was left alone; the answer was cut up.
            assertThat(proxy.writesForwarded(Direction.CLIENT_TO_SERVER)).isEqualTo(1);
            assertThat(proxy.writesForwarded(Direction.SERVER_TO_CLIENT)).isGreaterThanOrEqualTo(answer.length / 3);
        }
    }

    @Test
    void mergeForwardsSeveralSmallWritesAsOne() throws Exception {
        CompletableFuture<Integer> firstRead = new CompletableFuture<>();
        TestServer.Handler readOnce = peer -> {
            firstRead.complete(peer.getInputStream().read(new byte[1000]));
            drain(peer.getInputStream());
        };
        // maxBytes is what flushes here; the long window only guards against an early flush.
        try (TestServer server = TestServer.start(readOnce);
                ChunkingProxy proxy = ChunkingProxy.to(server.address()).merge(100, Duration.ofSeconds(5)).start();
                Socket client = connect(proxy.address())) {
            OutputStream out = client.getOutputStream();
            for (int i = 0; i < 10; i++) {
                out.write(randomBytes(10, i)); // ten segments of their own (TCP_NODELAY)
            }

            assertThat(firstRead.get(IO_TIMEOUT_MILLIS, MILLISECONDS))
                    .as("bytes in the server's first read").isEqualTo(100);
            eventually().untilAsserted(
                    () -> assertThat(proxy.bytesForwarded(Direction.CLIENT_TO_SERVER)).isEqualTo(100));
            assertThat(proxy.writesForwarded(Direction.CLIENT_TO_SERVER)).isEqualTo(1);
        }
    }

    @Test
    void mergeLetsHeldBytesGoWhenTheSenderFallsQuiet() throws Exception {
        CompletableFuture<byte[]> first = new CompletableFuture<>();
        CompletableFuture<byte[]> second = new CompletableFuture<>();
        TestServer.Handler readTwice = peer -> {
            first.complete(peer.getInputStream().readNBytes(5));
            second.complete(peer.getInputStream().readNBytes(5));
            drain(peer.getInputStream());
        };
        try (TestServer server = TestServer.start(readTwice);
                ChunkingProxy proxy = ChunkingProxy.to(server.address()).merge(1000, Duration.ofMillis(50)).start();
                Socket client = connect(proxy.address())) {
            OutputStream out = client.getOutputStream();

            // Far below maxBytes and no EOF: only the quiet window can let these go.
            out.write("first".getBytes(US_ASCII));
            assertThat(first.get(IO_TIMEOUT_MILLIS, MILLISECONDS)).isEqualTo("first".getBytes(US_ASCII));
            // And the proxy goes on merging after such a flush.
            out.write("again".getBytes(US_ASCII));
            assertThat(second.get(IO_TIMEOUT_MILLIS, MILLISECONDS)).isEqualTo("again".getBytes(US_ASCII));
        }
    }

    @Test
    void mergeLetsHeldBytesGoAtEndOfStream() throws Exception {
        CompletableFuture<byte[]> received = new CompletableFuture<>();
        TestServer.Handler readAll = peer -> received.complete(peer.getInputStream().readAllBytes());
        // A window far beyond the test's timeout: only the end of stream can flush in time.
        try (TestServer server = TestServer.start(readAll);
                ChunkingProxy proxy = ChunkingProxy.to(server.address()).merge(1000, Duration.ofMinutes(1)).start();
                Socket client = connect(proxy.address())) {
            client.getOutputStream().write("last words".getBytes(US_ASCII));
            client.shutdownOutput();

            assertThat(received.get(IO_TIMEOUT_MILLIS, MILLISECONDS))
                    .isEqualTo("last words".getBytes(US_ASCII));
        }
    }

    @Test
    void halfCloseReachesTheServerAndItsAnswerStillComesBack() throws Exception {
        byte[] request = randomBytes(1000, 5);
        TestServer.Handler reverseAfterEof = peer -> {
            byte[] whole = peer.getInputStream().readAllBytes(); // needs the client's EOF
            peer.getOutputStream().write(reversed(whole));
            peer.shutdownOutput();
        };
        try (TestServer server = TestServer.start(reverseAfterEof);
                ChunkingProxy proxy = ChunkingProxy.to(server.address()).start();
                Socket client = connect(proxy.address())) {
            client.getOutputStream().write(request);
            client.shutdownOutput();

            assertThat(client.getInputStream().readAllBytes()).isEqualTo(reversed(request));
        }
    }

    @Test
    void abortAfterResetsTheClientOnceThatManyBytesWentThrough() throws Exception {
        TestServer.Handler talkALot = peer -> {
            peer.getOutputStream().write(randomBytes(10_000, 9));
            drain(peer.getInputStream());
        };
        try (TestServer server = TestServer.start(talkALot);
                ChunkingProxy proxy = ChunkingProxy.to(server.address()).abortAfter(1000).start();
                Socket client = connect(proxy.address())) {
            InputStream in = client.getInputStream();
            AtomicInteger received = new AtomicInteger();

            assertThatThrownBy(() -> {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.addAndGet(n);
                }
            }).isInstanceOf(SocketException.class).hasMessageContaining("reset");

            // A reset may discard what was still on its way, so the client can see fewer.
            assertThat(received.get()).isBetween(1, 1000);
            assertThat(proxy.bytesForwarded(Direction.SERVER_TO_CLIENT)).isEqualTo(1000);
        }
    }

    @Test
    void aClientThatResetsDoesNotHurtTheNextOne() throws Exception {
        try (TestServer echo = TestServer.start(ChunkingProxyTest::echo);
                ChunkingProxy proxy = ChunkingProxy.to(echo.address()).start()) {
            try (Socket rude = connect(proxy.address())) {
                roundTrip(rude, "hello");
                rude.setSoLinger(true, 0); // close() now sends RST instead of FIN
            }
            String firstConnection = threadPrefix(proxy) + "-conn0-";
            eventually().until(() -> liveThreads(firstConnection).isEmpty());

            try (Socket polite = connect(proxy.address())) {
                roundTrip(polite, "still there?");
            }
            assertThat(proxy.connectionsAccepted()).isEqualTo(2);
        }
    }

    @Test
    void servesSeveralClientsAtOnce() throws Exception {
        try (TestServer echo = TestServer.start(ChunkingProxyTest::echo);
                ChunkingProxy proxy = ChunkingProxy.to(echo.address()).start()) {
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    clients.add(connect(proxy.address()));
                }
                for (int i = clients.size() - 1; i >= 0; i--) {
                    roundTrip(clients.get(i), "client " + i);
                }
            } finally {
                for (Socket client : clients) {
                    client.close();
                }
            }
            assertThat(proxy.connectionsAccepted()).isEqualTo(5);
        }
    }

    @Test
    void closeReleasesThePortEveryThreadAndEverySocket() throws Exception {
        OptionalInt socketsBefore = OpenSockets.count();
        TestServer echo = TestServer.start(ChunkingProxyTest::echo);
        ChunkingProxy proxy = ChunkingProxy.to(echo.address()).start();
        InetSocketAddress address = proxy.address();
        String prefix = threadPrefix(proxy);
        try (Socket client = connect(address)) {
            roundTrip(client, "ping");
            assertThat(liveThreads(prefix)).as("accept thread and both pumps").hasSize(3);

            proxy.close();
            proxy.close(); // idempotent

            assertThat(client.getInputStream().read()).as("the client sees the proxy close").isEqualTo(-1);
            assertThatThrownBy(() -> connect(address).close()).isInstanceOf(ConnectException.class);
            eventually().until(() -> liveThreads(prefix).isEmpty());
        } finally {
            proxy.close();
            echo.close();
        }
        if (socketsBefore.isPresent()) {
            eventually().until(() -> OpenSockets.count().equals(socketsBefore));
        }
    }

    @Test
    void refusesATargetOffThisMachine() throws Exception {
        // TEST-NET-1 (RFC 5737): only ever an argument here, never contacted.
        InetSocketAddress remote = new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), 7);

        assertThatThrownBy(() -> ChunkingProxy.to(remote))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> ChunkingProxy.to(InetSocketAddress.createUnresolved("localhost", 7)))
                .isInstanceOf(IllegalArgumentException.class);
        // Both loopback families are fine (no connection is made until a client arrives).
        ChunkingProxy.to(new InetSocketAddress(InetAddress.getByName("::1"), 7));
        ChunkingProxy.to(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 7));
    }

    @Test
    void rejectsSettingsThatMakeNoSense() {
        ChunkingProxy.Builder builder = ChunkingProxy.to(new InetSocketAddress(InetAddress.getLoopbackAddress(), 7));

        assertThatThrownBy(() -> builder.pieces(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.pieces(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.merge(0, Duration.ofMillis(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.merge(10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.delay(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.abortAfter(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- the building blocks, tested without sockets or clocks so that they can be exact ---

    @Test
    void theSameSeedPlansTheSamePieceSizes() {
        List<Integer> plan = plan(42, 0, Direction.CLIENT_TO_SERVER, 1000);

        assertThat(plan(42, 0, Direction.CLIENT_TO_SERVER, 1000)).isEqualTo(plan);
        assertThat(plan).allSatisfy(size -> assertThat(size).isBetween(1, 3)).contains(1, 2, 3);
        assertThat(plan(43, 0, Direction.CLIENT_TO_SERVER, 1000)).as("other seed").isNotEqualTo(plan);
        assertThat(plan(42, 1, Direction.CLIENT_TO_SERVER, 1000)).as("other connection").isNotEqualTo(plan);
        assertThat(plan(42, 0, Direction.SERVER_TO_CLIENT, 1000)).as("other direction").isNotEqualTo(plan);
    }

    @Test
    void piecesFollowThePlanAndKeepEveryByte() throws IOException {
        byte[] data = randomBytes(1000, 11);
        RecordingStream sink = new RecordingStream();
        Shaper splitter = new PieceSplitter(new PieceSizes(1, 3, Seeds.random(42, 0, Direction.CLIENT_TO_SERVER)));

        splitter.forward(data, data.length, outlet(sink, Long.MAX_VALUE));

        List<Integer> sizes = sink.writeSizes();
        List<Integer> planned = plan(42, 0, Direction.CLIENT_TO_SERVER, sizes.size());
        // Only the last piece may be cut short, by the end of the data.
        assertThat(sizes.subList(0, sizes.size() - 1)).isEqualTo(planned.subList(0, sizes.size() - 1));
        assertThat(sink.toByteArray()).isEqualTo(data);
    }

    @Test
    void mergerHoldsBytesBackUntilFullOrFlushed() throws IOException {
        RecordingStream sink = new RecordingStream();
        Outlet outlet = outlet(sink, Long.MAX_VALUE);
        WriteMerger merger = new WriteMerger(10, Duration.ofMillis(250));
        assertThat(merger.idleTimeoutMillis()).as("nothing held: wait for ever").isZero();

        merger.forward(bytes(1, 2, 3, 4), 4, outlet);
        merger.forward(bytes(5, 6, 7, 8), 4, outlet);
        assertThat(sink.writeSizes()).isEmpty();
        assertThat(merger.idleTimeoutMillis()).as("bytes held: wait one window").isEqualTo(250);

        merger.forward(bytes(9, 10, 11, 12), 4, outlet);
        assertThat(sink.writeSizes()).containsExactly(10);

        merger.flush(outlet);
        assertThat(sink.writeSizes()).containsExactly(10, 2);
        assertThat(sink.toByteArray()).isEqualTo(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertThat(merger.idleTimeoutMillis()).isZero();
    }

    @Test
    void outletWritesUpToItsBudgetAndThenGivesUp() throws IOException {
        RecordingStream sink = new RecordingStream();
        Outlet outlet = outlet(sink, 5);

        outlet.write(bytes(1, 2, 3), 0, 3);
        assertThatThrownBy(() -> outlet.write(bytes(4, 5, 6), 0, 3)).isInstanceOf(Outlet.BudgetSpentException.class);

        assertThat(sink.toByteArray()).isEqualTo(bytes(1, 2, 3, 4, 5));
    }

    private static List<Integer> plan(long seed, long connection, Direction way, int count) {
        PieceSizes sizes = new PieceSizes(1, 3, Seeds.random(seed, connection, way));
        List<Integer> plan = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            plan.add(sizes.next());
        }
        return plan;
    }

    private static Outlet outlet(OutputStream sink, long budget) {
        return new Outlet(sink, Duration.ZERO, budget, new TrafficCounter());
    }

    // --- helpers ---

    /** Awaitility, polling briskly: most of what we wait for is a thread that is about to end. */
    private static ConditionFactory eventually() {
        return await().atMost(GRACE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10));
    }

    private static Socket connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, IO_TIMEOUT_MILLIS);
            socket.setSoTimeout(IO_TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends {@code text} and reads it back whole, however the proxy cut it. */
    private static void roundTrip(Socket client, String text) throws IOException {
        byte[] sent = text.getBytes(US_ASCII);
        client.getOutputStream().write(sent);
        assertThat(client.getInputStream().readNBytes(sent.length)).isEqualTo(sent);
    }

    private static void echo(Socket peer) throws IOException {
        InputStream in = peer.getInputStream();
        OutputStream out = peer.getOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
        }
        peer.shutdownOutput();
    }

    private static void drain(InputStream in) throws IOException {
        while (in.read(new byte[1024]) >= 0) {
            // Wait for the peer to finish; what it sends does not matter.
        }
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] reversed = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reversed[i] = bytes[bytes.length - 1 - i];
        }
        return reversed;
    }

    private static String threadPrefix(ChunkingProxy proxy) {
        return "chunking-proxy-" + proxy.address().getPort();
    }

    private static Set<String> liveThreads(String namePrefix) {
        Set<String> names = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && thread.getName().startsWith(namePrefix)) {
                names.add(thread.getName());
            }
        }
        return names;
    }

    /** Records the length of every write, to see how a shaper cut the stream. */
    private static final class RecordingStream extends ByteArrayOutputStream {
        private final List<Integer> writeSizes = new ArrayList<>();

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            writeSizes.add(len);
            super.write(b, off, len);
        }

        List<Integer> writeSizes() {
            return writeSizes;
        }
    }

    /** A loopback server that runs a handler for every connection, each in its own thread. */
    private static final class TestServer implements AutoCloseable {
        interface Handler {
            void handle(Socket peer) throws Exception;
        }

        private final ServerSocket listener;
        private final Handler handler;
        private final List<Socket> peers = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private boolean closed;

        private TestServer(ServerSocket listener, Handler handler) {
            this.listener = listener;
            this.handler = handler;
        }

        static TestServer start(Handler handler) throws IOException {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            TestServer server = new TestServer(listener, handler);
            server.startThread("test-server-accept", server::acceptLoop);
            return server;
        }

        InetSocketAddress address() {
            return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
        }

        private void acceptLoop() {
            while (true) {
                Socket peer;
                try {
                    peer = listener.accept();
                    peer.setSoTimeout(IO_TIMEOUT_MILLIS);
                } catch (IOException e) {
                    return; // closed
                }
                synchronized (this) {
                    if (closed) {
                        closeQuietly(peer);
                        return;
                    }
                    peers.add(peer);
                    startThread("test-server-peer", () -> serve(peer));
                }
            }
        }

        private void serve(Socket peer) {
            try {
                handler.handle(peer);
            } catch (Exception resetOrClosed) {
                // Some tests reset connections on purpose; the test's own assertions judge.
            } finally {
                closeQuietly(peer);
            }
        }

        private synchronized void startThread(String name, Runnable task) {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }

        @Override
        public void close() {
            List<Thread> toJoin;
            synchronized (this) {
                closed = true;
                closeQuietly(listener);
                peers.forEach(TestServer::closeQuietly);
                toJoin = new ArrayList<>(threads);
            }
            for (Thread thread : toJoin) {
                try {
                    thread.join(GRACE.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while closing the test server", e);
                }
                assertThat(thread.isAlive()).as("%s ended", thread.getName()).isFalse();
            }
        }

        private static void closeQuietly(AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Released either way.
            }
        }
    }
}
