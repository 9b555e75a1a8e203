package org.socketslab.nonblocking.exercise;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.ChunkingProxy;
import org.socketslab.kit.faults.NeverReadingPeer;
import org.socketslab.kit.faults.SendCapacity;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.nonblocking.CpuShare;

@Tag("nonblocking-4")
@Exercise(id = "nonblocking-4", title = "A chat room on one thread", docs = "nonblocking.html#nonblocking-4")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatRoomTest {
    /** 6 MB: more than the kernel buffers toward a client that does not read can hold (up to 4 MiB here). */
    private static final int FLOOD_LINES = 6_000;
    private static final String FLOOD_TEXT = "x".repeat(990);

    private static ChatRoom startRoom() throws IOException {
        return ChatRoom.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    private static InetSocketAddress address(ChatRoom room) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), room.port());
    }

    /** Joins clients one after the other, each announced to those already in. */
    private static List<ChatClient> joinAll(InetSocketAddress address, String... names) throws IOException {
        List<ChatClient> members = new ArrayList<>();
        try {
            for (String name : names) {
                members.add(ChatClient.join(name, address, members));
            }
            return members;
        } catch (IOException | RuntimeException | Error e) {
            closeAll(members);
            throw e;
        }
    }

    private static void closeAll(List<ChatClient> clients) throws IOException {
        for (ChatClient client : clients) {
            client.close();
        }
    }

    /** A client that says "joined", once every member has read it, and never reads anything. */
    private static NeverReadingPeer joinHog(InetSocketAddress address, List<ChatClient> members) throws IOException {
        byte[] hello = "hog: joined\n".getBytes(US_ASCII);
        NeverReadingPeer hog = NeverReadingPeer.to(address).sending(hello, hello.length).start();
        try {
            for (ChatClient member : members) {
                assertThat(member.nextLine("the hog's line did not reach " + member.name)).isEqualTo("hog: joined");
            }
            return hog;
        } catch (IOException | RuntimeException | Error e) {
            hog.close();
            throw e;
        }
    }

    /** Reads until the room closes the connection: true if it does within 2 s of silence, false if it stays open. */
    private static boolean disconnectedSoon(InputStream in, long[] bytesRead) throws IOException {
        return disconnectedSoon(in, bytesRead, Long.MAX_VALUE);
    }

    /**
     * As above, and false at once when {@code everything} bytes have arrived: the room kept it all
     * for the client, so it did not disconnect it in time.
     */
    private static boolean disconnectedSoon(InputStream in, long[] bytesRead, long everything) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                bytesRead[0] += n;
                if (bytesRead[0] >= everything) {
                    return false;
                }
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    /**
     * Alice (the first client) sends the flood from a thread of the test's own while bob (the second)
     * reads every line of it; alice's connection is closed at the end, which also ends a write the
     * room no longer takes.
     */
    private static void floodFromAliceToBob(List<ChatClient> clients) throws Exception {
        ChatClient alice = clients.get(0);
        ChatClient bob = clients.get(1);
        Thread flood = new Thread(() -> {
            try {
                for (int i = 0; i < FLOOD_LINES; i++) {
                    alice.say(i + " " + FLOOD_TEXT);
                }
            } catch (IOException ignored) {
                // Bob's failure says what went wrong.
            }
        }, "test-flood");
        flood.start();
        try {
            for (int i = 0; i < FLOOD_LINES; i++) {
                String line = bob.nextLine("line " + i + " of " + FLOOD_LINES + " from alice did not reach bob while a"
                        + " client in the room does not read. Is the room's thread stuck writing to that client? Queue"
                        + " what does not fit and come back on OP_WRITE");
                assertThat(line).as("line %d bob got", i).isEqualTo("alice: " + i + " " + FLOOD_TEXT);
            }
        } finally {
            alice.close();
            flood.join(3_000);
        }
    }

    @Test
    @Order(1)
    @DisplayName("sends each line to every other client, and not back to its sender")
    void broadcast(Steps steps) throws Exception {
        try (ChatRoom room = startRoom()) {
            steps.step("alice, bob and carol joined, each saying \"joined\"");
            List<ChatClient> clients = joinAll(address(room), "alice", "bob", "carol");
            try {
                ChatClient alice = clients.get(0);
                ChatClient bob = clients.get(1);
                ChatClient carol = clients.get(2);
                steps.step("alice said \"hello\"");
                alice.say("hello");
                assertThat(carol.nextLine("alice's line did not reach carol")).isEqualTo("alice: hello");
                assertThat(bob.nextLine("alice's line did not reach bob")).isEqualTo("alice: hello");
                steps.step("then bob said \"hi\"");
                bob.say("hi");
                assertThat(carol.nextLine("bob's line did not reach carol")).isEqualTo("bob: hi");
                assertThat(alice.nextLine("bob's line did not reach alice")).isEqualTo("bob: hi");
            } finally {
                closeAll(clients);
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("forwards whole lines in order, however the bytes of the senders are split and mixed")
    void wholeLines(Steps steps) throws Exception {
        try (ChatRoom room = startRoom();
             ChunkingProxy proxy = ChunkingProxy.to(address(room)).seed(4).pieces(1, 3).delay(Duration.ofMillis(1))
                     .start()) {
            steps.step("carol joined directly; alice and bob joined through a proxy that cuts their bytes into pieces"
                    + " of 1 to 3 bytes, 1 ms apart");
            List<ChatClient> clients = new ArrayList<>(joinAll(address(room), "carol"));
            try {
                clients.add(ChatClient.join("alice", proxy.address(), clients));
                clients.add(ChatClient.join("bob", proxy.address(), clients));
                steps.step("alice and bob said 30 lines each, at the same time (each in one write)");
                StringBuilder fromAlice = new StringBuilder();
                StringBuilder fromBob = new StringBuilder();
                for (int i = 0; i < 30; i++) {
                    fromAlice.append("alice: line ").append(i).append(" from alice\n");
                    fromBob.append("bob: line ").append(i).append(" of bob\n");
                }
                clients.get(1).socket.getOutputStream().write(fromAlice.toString().getBytes(US_ASCII));
                clients.get(2).socket.getOutputStream().write(fromBob.toString().getBytes(US_ASCII));
                int nextAlice = 0;
                int nextBob = 0;
                for (int i = 0; i < 60; i++) {
                    String line = clients.get(0).nextLine("carol got only " + i + " of the 60 lines");
                    if (line.equals("alice: line " + nextAlice + " from alice")) {
                        nextAlice++;
                    } else if (line.equals("bob: line " + nextBob + " of bob")) {
                        nextBob++;
                    } else {
                        fail("carol got \"" + line + "\", expected alice's line " + nextAlice + " or bob's line " + nextBob
                                + ": lines must be forwarded whole, once their LF has arrived, never the pieces as they"
                                + " come (the bytes of two senders then mix)");
                    }
                }
            } finally {
                closeAll(clients);
            }
        }
    }

    @Test
    @Order(6)
    @DisplayName("runs the whole room from one thread")
    void oneThread(Steps steps) throws Exception {
        NewThreads threads = NewThreads.snapshot();
        try (ChatRoom room = startRoom()) {
            steps.step("20 clients joined");
            List<ChatClient> clients = joinAll(address(room), names(20));
            try {
                List<Thread> started = threads.started();
                assertThat(started.size()).as("threads the room runs with 20 clients (%s); the exercise is one thread"
                        + " with one Selector", NewThreads.names(started)).isEqualTo(1);
            } finally {
                closeAll(clients);
            }
        }
    }

    @Test
    @Order(8)
    @DisplayName("keeps the others served while a client stops reading")
    void slowClientDoesNotStall(Steps steps) throws Exception {
        try (ChatRoom room = startRoom()) {
            List<ChatClient> clients = joinAll(address(room), "alice", "bob");
            steps.step("alice and bob joined, then a client that says \"joined\" and never reads again");
            try (NeverReadingPeer hog = joinHog(address(room), clients)) {
                steps.step("alice said " + FLOOD_LINES + " lines of 1,000 bytes");
                floodFromAliceToBob(clients);
            } finally {
                closeAll(clients);
            }
        }
        catchesUpWhenItReadsAgain(steps);
    }

    /**
     * Clients that stop reading and read again once nothing more is said: what waited in the room
     * for them (up to MAX_QUEUED) must follow on OP_WRITE, as no new line comes to push it out.
     * Each such client joins at another point, so that between them they were sent from 16 KiB
     * more than the kernel buffers toward one of them hold (as measured) down to 320 KiB less:
     * for one of them, whatever the buffers of this room's connections come to, some bytes wait in
     * the room. One that the room disconnected (more than MAX_QUEUED would have waited) is fine.
     */
    private static void catchesUpWhenItReadsAgain(Steps steps) throws Exception {
        long capacity = SendCapacity.towardAPeerThatDoesNotRead(4096);
        long total = capacity + (16 << 10);
        int step = 48 << 10;
        StringBuilder broadcast = new StringBuilder();
        List<NeverReadingPeer> slow = new ArrayList<>();
        List<Integer> joinedAt = new ArrayList<>();
        try (ChatRoom room = startRoom()) {
            List<ChatClient> clients = joinAll(address(room), "alice", "bob");
            try {
                steps.step(String.format("alice and bob joined; alice said lines of 1,000 bytes, bob read each, until"
                        + " %,d bytes had been said; every %,d bytes, one more client said \"joined\" and stopped"
                        + " reading (8 in all)", total, step));
                for (int i = 0; broadcast.length() < total; i++) {
                    if (slow.size() < 8 && broadcast.length() >= slow.size() * (long) step) {
                        joinedAt.add(broadcast.length());
                        slow.add(joinHog(address(room), clients));
                        broadcast.append("hog: joined\n");
                    }
                    String line = i + " " + FLOOD_TEXT;
                    clients.get(0).say(line);
                    broadcast.append("alice: ").append(line).append('\n');
                    assertThat(clients.get(1).nextLine("alice's line did not reach bob")).isEqualTo("alice: " + line);
                }
                steps.step("then each client that had stopped reading read again, until 2 s passed without a byte");
                for (int j = 0; j < slow.size(); j++) {
                    // A client gets what was broadcast after its own "joined" line, the later clients' included.
                    byte[] expected = broadcast.substring(joinedAt.get(j) + "hog: joined\n".length()).getBytes(US_ASCII);
                    readsWhatWaited(slow.get(j), expected);
                }
            } finally {
                closeAll(clients);
                for (NeverReadingPeer peer : slow) {
                    peer.close();
                }
            }
        }
    }

    private static void readsWhatWaited(NeverReadingPeer client, byte[] expected) throws IOException {
        byte[] got;
        try {
            got = client.readUpTo(expected.length, Duration.ofMillis(ChatClient.READ_TIMEOUT_MILLIS));
        } catch (SocketException reset) {
            return; // disconnected by the room: more than MAX_QUEUED would have waited for it
        }
        if (got.length < expected.length && client.endOfStream()) {
            assertSameBytes("what a client got before the room disconnected it", Arrays.copyOf(expected, got.length), got);
            return;
        }
        assertSameBytes(String.format("what a client that had stopped reading got once it read again, %,d bytes having"
                + " been said since it joined (it is still connected, so what waited in the room for it must follow on"
                + " OP_WRITE, though no new line comes)", expected.length), expected, got);
    }

    @Test
    @Order(7)
    @DisplayName("disconnects a client for which more than 64 KiB would wait")
    void slowClientIsDropped(Steps steps) throws Exception {
        try (ChatRoom room = startRoom()) {
            List<ChatClient> clients = joinAll(address(room), "alice", "bob");
            steps.step("alice and bob joined, then a client that says \"joined\" and never reads again");
            try (NeverReadingPeer hog = joinHog(address(room), clients)) {
                steps.step("alice said " + FLOOD_LINES + " lines of 1,000 bytes (6 MB) while a client read nothing;"
                        + " bob read them all");
                floodFromAliceToBob(clients);
                steps.step("then the client that did not read read what it had been sent");
                hog.socket().setSoTimeout(ChatClient.READ_TIMEOUT_MILLIS);
                long[] got = {0};
                boolean dropped = TimeLimit.call(Duration.ofSeconds(15), "reading the slow client's connection took too long",
                        () -> disconnectedSoon(hog.socket().getInputStream(), got, floodBytes()));
                if (!dropped) {
                    fail(String.format("the client that did not read was still connected after it read %,d bytes: more"
                            + " than %,d bytes waited for it, so the room must disconnect it instead of queueing"
                            + " without limit", got[0], ChatRoom.MAX_QUEUED));
                }
            } finally {
                closeAll(clients);
            }
        }
    }

    @Test
    @Order(3)
    @DisplayName("disconnects a client whose line passes 1,024 bytes, and forwards none of it")
    void tooLongLine(Steps steps) throws Exception {
        try (ChatRoom room = startRoom()) {
            List<ChatClient> clients = joinAll(address(room), "alice", "bob", "dave");
            try {
                ChatClient dave = clients.get(2);
                String longest = "dave: " + "y".repeat(ChatRoom.MAX_LINE - "dave: ".length());
                steps.step("dave sent a line of exactly 1,024 bytes (not counting its LF)");
                dave.socket.getOutputStream().write((longest + "\n").getBytes(US_ASCII));
                String got1024 = clients.get(0).nextLine("dave's line of exactly " + ChatRoom.MAX_LINE + " bytes did not"
                        + " reach alice: the limit is " + ChatRoom.MAX_LINE + " bytes not counting the LF, so such a line"
                        + " is allowed");
                assertThat(got1024).as("the line of exactly %d bytes alice got", ChatRoom.MAX_LINE).isEqualTo(longest);
                assertThat(clients.get(1).nextLine("dave's line of exactly " + ChatRoom.MAX_LINE + " bytes did not reach"
                        + " bob")).as("the line of exactly %d bytes bob got", ChatRoom.MAX_LINE).isEqualTo(longest);
                steps.step("dave sent a line of 2,000 bytes");
                dave.socket.getOutputStream().write(("dave: " + "z".repeat(1_994) + "\n").getBytes(US_ASCII));
                long[] got = {0};
                if (!disconnectedSoon(dave.socket.getInputStream(), got)) {
                    fail("dave was still connected " + ChatClient.READ_TIMEOUT_MILLIS + " ms after sending a line of"
                            + " 2,000 bytes; a line longer than " + ChatRoom.MAX_LINE + " bytes must disconnect its sender"
                            + " (or a client that never sends an LF makes the room buffer without end)");
                }
                steps.step("then bob said \"after\"");
                clients.get(1).say("after");
                String next = clients.get(0).nextLine("bob's line did not reach alice");
                if (next.startsWith("dave")) {
                    fail("alice got " + next.length() + " bytes of dave's line of 2,000 bytes: a line longer than "
                            + ChatRoom.MAX_LINE + " bytes is not forwarded, not even in part");
                }
                assertThat(next).as("alice's next line: nothing of dave's long line may reach anyone").isEqualTo("bob: after");
            } finally {
                closeAll(clients);
            }
        }
    }

    @Test
    @Order(4)
    @DisplayName("lets clients leave by closing or resetting, and goes on")
    void clientsLeave(Steps steps) throws Exception {
        NewThreads threads = NewThreads.snapshot();
        try (ChatRoom room = startRoom()) {
            List<ChatClient> clients = new ArrayList<>(joinAll(address(room), "alice", "bob", "carol", "dave"));
            try {
                steps.step("carol reset her connection (SO_LINGER 0) and dave closed his");
                clients.get(2).socket.setSoLinger(true, 0);
                clients.get(2).close();
                clients.get(3).close();
                steps.step("measured the room's thread's CPU time for 0.5 s while nobody talks, and a thread of the"
                        + " test's that spins meanwhile");
                CpuShare idle = CpuShare.againstASpinner(threads.started(), Duration.ofMillis(500));
                assertThat(idle.share()).as("CPU used by the room after two clients left, against a thread that spins"
                        + " meanwhile: %s. A loop that spins here usually kept the channel of a client that left: a"
                        + " closed or reset connection is ready to read at every select(), for ever; close it", idle)
                        .isLessThan(0.2);
                steps.step("alice said \"still here?\" and erin joined");
                clients.get(0).say("still here?");
                assertThat(clients.get(1).nextLine("alice's line did not reach bob after two clients left"))
                        .isEqualTo("alice: still here?");
                clients.add(ChatClient.join("erin", address(room), clients.subList(0, 2)));
            } finally {
                closeAll(clients);
            }
        }
    }

    @Test
    @Order(5)
    @DisplayName("close() disconnects everyone, frees the port and ends the thread")
    void closeCleansUp(Steps steps) throws Exception {
        NewThreads threads = NewThreads.snapshot();
        ChatRoom room = startRoom();
        boolean closed = false;
        int port = room.port();
        List<ChatClient> clients = new ArrayList<>();
        try {
            steps.step("two clients joined the room on port " + port);
            clients.addAll(joinAll(address(room), "alice", "bob"));
            steps.step("called close()");
            TimeLimit.call(Duration.ofSeconds(5), "close() did not return", () -> {
                room.close();
                return null;
            });
            closed = true;
            assertThat(threads.started()).as("threads still running when close() returned").isEmpty();
            long[] got = {0};
            assertThat(disconnectedSoon(clients.get(0).socket.getInputStream(), got))
                    .as("alice's connection closed by close()").isTrue();
            assertThat(threads.started()).as("threads still running after close()").isEmpty();
        } finally {
            closeAll(clients);
            if (!closed) {
                room.close();
            }
        }
        steps.step("bound a new server socket to port " + port);
        try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
            steps.step("started another room on port " + port + ", taken now");
            ChatRoom second;
            try {
                second = ChatRoom.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException expected) {
                return;
            }
            second.close();
            fail("start() on port " + port + ", which is taken, returned a room on port " + second.port()
                    + ": when the address cannot be bound, start() throws the IOException");
        }
    }

    /** What alice's flood is, in bytes, as every other client receives it. */
    private static long floodBytes() {
        long total = 0;
        for (int i = 0; i < FLOOD_LINES; i++) {
            total += ("alice: " + i + " " + FLOOD_TEXT + "\n").length();
        }
        return total;
    }

    private static String[] names(int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = "client" + i;
        }
        return names;
    }
}
