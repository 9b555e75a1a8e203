package org.socketslab.kit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.grading.RequiresIpv6Loopback;
import org.socketslab.kit.leaks.OpenSockets;

@Timeout(20)
class UdpRelayTest {
    private static final int IO_TIMEOUT_MILLIS = 2_000;
    private static final Duration GRACE = Duration.ofSeconds(3);

    @Test
    void withoutFaultsEveryDatagramGoesThereAndBackOnceAndInOrder() throws Exception {
        try (Echo echo = new Echo(); UdpRelay relay = UdpRelay.to(echo.address()).start();
             DatagramSocket client = socket()) {
            for (int i = 1; i <= 20; i++) {
                send(client, relay.address(), i);
            }
            List<Integer> replies = receive(client, 20);
            assertThat(replies).isEqualTo(numbers(20));
            // The relay counts a datagram forwarded just after sending it, so the last reply can arrive first.
            assertThat(settled(relay, Direction.BOTH, 40))
                    .isEqualTo(new UdpRelay.Counts(40, 40, 0, 0, 0, 0));
        }
    }

    @Test
    void repliesFindTheirWayBackToEachOfSeveralClients() throws Exception {
        try (Echo echo = new Echo(); UdpRelay relay = UdpRelay.to(echo.address()).start();
             DatagramSocket first = socket(); DatagramSocket second = socket(); DatagramSocket third = socket()) {
            List<DatagramSocket> clients = List.of(first, second, third);
            for (int i = 0; i < clients.size(); i++) {
                send(clients.get(i), relay.address(), 100 + i);
            }
            for (int i = clients.size() - 1; i >= 0; i--) {
                DatagramPacket reply = receivePacket(clients.get(i));
                assertThat(numberIn(reply)).isEqualTo(100 + i);
                assertThat(reply.getSocketAddress()).as("replies come from the relay").isEqualTo(relay.address());
            }
            assertThat(relay.clients()).isEqualTo(3);
            // The target sees three different senders: one relay socket per client, as behind a NAT.
            assertThat(echo.senders()).hasSize(3);
        }
    }

    @Test
    void dropLosesAboutTheRequestedShare() throws Exception {
        try (Recorder target = new Recorder();
             UdpRelay relay = UdpRelay.to(target.address()).seed(3).drop(0.3).start();
             DatagramSocket client = socket()) {
            sendAll(client, relay.address(), 200);
            UdpRelay.Counts counts = settled(relay, Direction.CLIENT_TO_SERVER, 200);
            List<Integer> arrived = target.receive((int) counts.forwarded());
            assertThat(counts.dropped()).isBetween(30L, 90L); // 60 expected
            assertThat(arrived).hasSize(200 - (int) counts.dropped()).doesNotHaveDuplicates().isSorted();
            target.assertNothingMore();
        }
    }

    @Test
    void duplicateSendsSomeDatagramsTwice() throws Exception {
        try (Recorder target = new Recorder();
             UdpRelay relay = UdpRelay.to(target.address()).seed(4).duplicate(0.5).start();
             DatagramSocket client = socket()) {
            sendAll(client, relay.address(), 100);
            UdpRelay.Counts counts = settled(relay, Direction.CLIENT_TO_SERVER, 100);
            List<Integer> arrived = target.receive((int) counts.forwarded());
            assertThat(counts.duplicated()).isBetween(25L, 75L);
            assertThat(arrived).hasSize(100 + (int) counts.duplicated());
            assertThat(new HashSet<>(arrived)).isEqualTo(new HashSet<>(numbers(100)));
            assertThat(arrived).as("a duplicate follows its original").isSorted();
            target.assertNothingMore();
        }
    }

    @Test
    void reorderLetsLaterDatagramsOvertakeEarlierOnesAndLosesNone() throws Exception {
        try (Recorder target = new Recorder();
             UdpRelay relay = UdpRelay.to(target.address()).seed(5).reorder(0.3).start();
             DatagramSocket client = socket()) {
            sendAll(client, relay.address(), 100);
            UdpRelay.Counts counts = settled(relay, Direction.CLIENT_TO_SERVER, 100);
            List<Integer> arrived = target.receive(100);
            assertThat(arrived).containsExactlyInAnyOrderElementsOf(numbers(100)).isNotEqualTo(numbers(100));
            assertThat(counts.reordered()).isPositive().isEqualTo(lowerThanAnEarlierOne(arrived));
            target.assertNothingMore();
        }
    }

    @Test
    void aHeldDatagramLeavesLateWhenNothingOvertakesIt() throws Exception {
        try (Recorder target = new Recorder();
             UdpRelay relay = UdpRelay.to(target.address()).reorder(1.0, Duration.ofMillis(50)).start();
             DatagramSocket client = socket()) {
            send(client, relay.address(), 1);
            assertThat(target.receive(1)).containsExactly(1);
            assertThat(relay.counts(Direction.CLIENT_TO_SERVER).reordered()).isZero();
        }
    }

    @Test
    void delayHoldsEveryDatagramAtLeastTheMinimum() throws Exception {
        try (Echo echo = new Echo();
             UdpRelay relay = UdpRelay.to(echo.address()).delay(Duration.ofMillis(100), Duration.ofMillis(150))
                     .direction(Direction.SERVER_TO_CLIENT).start();
             DatagramSocket client = socket()) {
            long relayed = roundTripNanos(client, relay.address());
            // A scheduled delay never fires early, so this bound holds however busy the machine is.
            assertThat(relayed).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
            assertThat(relay.counts(Direction.SERVER_TO_CLIENT).delayed()).isEqualTo(1);
            assertThat(relay.counts(Direction.CLIENT_TO_SERVER).delayed()).isZero();
        }
    }

    @Test
    void theSameSeedMakesTheSameDecisionsAndAnotherSeedOthers() throws Exception {
        Run first = runWithSeed(11);
        Run again = runWithSeed(11);
        Run other = runWithSeed(12);
        assertThat(first.counts().dropped()).as("the faults were on").isPositive();
        assertThat(again).as("a second run with the same seed").isEqualTo(first);
        assertThat(other.atTarget()).as("what the target got with another seed").isNotEqualTo(first.atTarget());
        assertThat(other.backAtClient()).as("what came back with another seed").isNotEqualTo(first.backAtClient());
    }

    @Test
    void directionLimitsTheFaultsToOneWay() throws Exception {
        try (Echo echo = new Echo();
             UdpRelay relay = UdpRelay.to(echo.address()).drop(1.0).direction(Direction.SERVER_TO_CLIENT).start();
             DatagramSocket client = socket()) {
            sendAll(client, relay.address(), 5);
            await().atMost(GRACE).until(() -> relay.counts(Direction.SERVER_TO_CLIENT).dropped() == 5);
            assertThat(echo.received()).isEqualTo(5);
            assertThat(relay.counts(Direction.CLIENT_TO_SERVER).forwarded()).isEqualTo(5);
            assertThatThrownBy(() -> receivePacket(client, 100)).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void refusesATargetOffThisMachineAndBadSettings() throws Exception {
        // TEST-NET-1 (RFC 5737): only ever an argument here, never contacted.
        InetSocketAddress remote = new InetSocketAddress(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1}), 7);
        assertThatThrownBy(() -> UdpRelay.to(remote))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> UdpRelay.to(InetSocketAddress.createUnresolved("localhost", 7)))
                .isInstanceOf(IllegalArgumentException.class);
        UdpRelay.Builder builder = UdpRelay.to(new InetSocketAddress(InetAddress.getLoopbackAddress(), 7));
        assertThatThrownBy(() -> builder.drop(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.duplicate(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.reorder(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.reorder(0.5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.delay(Duration.ofMillis(5), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        UdpRelay.to(new InetSocketAddress(InetAddress.getByName("::1"), 7));
    }

    @Test
    @RequiresIpv6Loopback
    void relaysToAnIpv6LoopbackTarget() throws Exception {
        try (DatagramSocket target = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("::1"), 0))) {
            target.setSoTimeout(IO_TIMEOUT_MILLIS);
            try (UdpRelay relay = UdpRelay.to((InetSocketAddress) target.getLocalSocketAddress()).start();
                 DatagramSocket client = socket()) {
                send(client, relay.address(), 6);
                assertThat(numberIn(receivePacket(target))).isEqualTo(6);
            }
        }
    }

    @Test
    void closeLeavesNoSocketAndNoThreadAndIsIdempotent() throws Exception {
        OptionalInt socketsBefore = OpenSockets.count();
        Echo echo = new Echo();
        UdpRelay relay = UdpRelay.to(echo.address()).delay(Duration.ofSeconds(5), Duration.ofSeconds(5)).start();
        String prefix = "udp-relay-" + relay.address().getPort();
        try (DatagramSocket first = socket(); DatagramSocket second = socket()) {
            send(first, relay.address(), 1);
            send(second, relay.address(), 2);
            await().atMost(GRACE).until(() -> liveThreads(prefix).size() == 4); // front, two back legs, timer
            relay.close(); // with two datagrams still delayed
            relay.close();
            await().atMost(GRACE).until(() -> liveThreads(prefix).isEmpty());
            assertThat(echo.received()).as("delayed datagrams are dropped at close").isZero();
        } finally {
            relay.close();
            echo.close();
        }
        if (socketsBefore.isPresent()) {
            await().atMost(GRACE).until(() -> OpenSockets.count().equals(socketsBefore));
        }
    }

    // --- helpers ---

    /** What one run did: what the target received, what came back to the client, and the relay's counts. */
    private record Run(List<Integer> atTarget, List<Integer> backAtClient, UdpRelay.Counts counts) {
    }

    /**
     * Sends 50 numbered datagrams to an echo target through a relay that drops, duplicates and
     * reorders both ways, and records what arrived where, in order.
     */
    private static Run runWithSeed(long seed) throws Exception {
        try (Echo echo = new Echo();
             UdpRelay relay = UdpRelay.to(echo.address()).seed(seed).drop(0.2).duplicate(0.2)
                     .reorder(0.2, Duration.ofSeconds(1)).start();
             DatagramSocket client = socket()) {
            sendAll(client, relay.address(), 50);
            // Push the last held request out instead of waiting for its hold to end.
            send(client, relay.address(), 0);
            UdpRelay.Counts requests = settled(relay, Direction.CLIENT_TO_SERVER, 51);
            UdpRelay.Counts replies = settled(relay, Direction.SERVER_TO_CLIENT, (int) requests.forwarded());
            List<Integer> back = receive(client, (int) replies.forwarded());
            assertThatThrownBy(() -> receivePacket(client, 50)).isInstanceOf(SocketTimeoutException.class);
            return new Run(echo.arrived(), back, relay.counts(Direction.BOTH));
        }
    }

    /** Waits until the relay has received {@code sent} datagrams and let go of every one it kept. */
    private static UdpRelay.Counts settled(UdpRelay relay, Direction way, int sent) {
        eventually().until(() -> {
            UdpRelay.Counts c = relay.counts(way);
            return c.received() == sent && c.forwarded() == c.received() - c.dropped() + c.duplicated();
        });
        return relay.counts(way);
    }

    private static long lowerThanAnEarlierOne(List<Integer> arrived) {
        long count = 0;
        int highest = Integer.MIN_VALUE;
        for (int n : arrived) {
            if (n < highest) {
                count++;
            }
            highest = Math.max(highest, n);
        }
        return count;
    }

    private static long roundTripNanos(DatagramSocket client, InetSocketAddress to) throws IOException {
        long start = System.nanoTime();
        send(client, to, 9);
        receivePacket(client);
        return System.nanoTime() - start;
    }

    private static ConditionFactory eventually() {
        return await().atMost(GRACE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10));
    }

    private static DatagramSocket socket() throws IOException {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(IO_TIMEOUT_MILLIS);
        return socket;
    }

    private static List<Integer> numbers(int count) {
        return IntStream.rangeClosed(1, count).boxed().collect(Collectors.toList());
    }

    private static void sendAll(DatagramSocket client, InetSocketAddress to, int count) throws IOException {
        for (int i = 1; i <= count; i++) {
            send(client, to, i);
        }
    }

    private static void send(DatagramSocket socket, InetSocketAddress to, int number) throws IOException {
        byte[] data = ByteBuffer.allocate(4).putInt(number).array();
        socket.send(new DatagramPacket(data, data.length, to));
    }

    private static DatagramPacket receivePacket(DatagramSocket socket) throws IOException {
        DatagramPacket packet = new DatagramPacket(new byte[100], 100);
        socket.receive(packet);
        return packet;
    }

    private static DatagramPacket receivePacket(DatagramSocket socket, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        return receivePacket(socket);
    }

    private static List<Integer> receive(DatagramSocket socket, int count) throws IOException {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add(numberIn(receivePacket(socket)));
        }
        return numbers;
    }

    private static int numberIn(DatagramPacket packet) {
        return ByteBuffer.wrap(packet.getData(), packet.getOffset(), packet.getLength()).getInt();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** A target that collects what arrives, reading all the time so that no buffer overflows. */
    private static final class Recorder implements AutoCloseable {
        private final DatagramSocket socket;
        private final Thread thread;
        private final List<Integer> arrived = java.util.Collections.synchronizedList(new ArrayList<>());

        Recorder() throws IOException {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            thread = new Thread(this::collect, "test-udp-recorder");
            thread.setDaemon(true);
            thread.start();
        }

        InetSocketAddress address() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        private void collect() {
            DatagramPacket packet = new DatagramPacket(new byte[100], 100);
            while (!socket.isClosed()) {
                try {
                    socket.receive(packet);
                    arrived.add(numberIn(packet));
                } catch (IOException e) {
                    // closed: the loop ends
                }
            }
        }

        /** Waits until {@code count} datagrams have arrived and returns them in arrival order. */
        List<Integer> receive(int count) {
            eventually().until(() -> arrived.size() >= count);
            synchronized (arrived) {
                return new ArrayList<>(arrived);
            }
        }

        /** Nothing beyond what {@link #receive} returned arrives within a short while. */
        void assertNothingMore() throws InterruptedException {
            int now = arrived.size();
            thread.join(50); // the recorder does not end here: a bounded wait for stragglers
            assertThat(arrived).hasSize(now);
        }

        @Override
        public void close() {
            socket.close();
            joinQuietly(thread);
        }
    }

    /** A target that sends every datagram back to where it came from, in a thread of its own. */
    private static final class Echo implements AutoCloseable {
        private final DatagramSocket socket;
        private final Thread thread;
        private final Set<String> senders = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
        private final List<Integer> arrived = java.util.Collections.synchronizedList(new ArrayList<>());

        Echo() throws IOException {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "test-udp-echo");
            thread.setDaemon(true);
            thread.start();
        }

        InetSocketAddress address() {
            return (InetSocketAddress) socket.getLocalSocketAddress();
        }

        Set<String> senders() {
            return senders;
        }

        int received() {
            return received.get();
        }

        /** The numbers received so far, in arrival order. */
        List<Integer> arrived() {
            synchronized (arrived) {
                return new ArrayList<>(arrived);
            }
        }

        private void serve() {
            DatagramPacket packet = new DatagramPacket(new byte[100], 100);
            while (!socket.isClosed()) {
                try {
                    socket.receive(packet);
                    received.incrementAndGet();
                    arrived.add(numberIn(packet));
                    senders.add(packet.getSocketAddress().toString());
                    socket.send(new DatagramPacket(packet.getData(), packet.getLength(), packet.getSocketAddress()));
                } catch (IOException e) {
                    // closed: the loop ends
                }
            }
        }

        @Override
        public void close() {
            socket.close();
            joinQuietly(thread);
        }
    }
}
