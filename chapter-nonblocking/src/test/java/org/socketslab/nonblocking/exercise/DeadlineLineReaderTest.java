package org.socketslab.nonblocking.exercise;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.DribblingPeer;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;

@Tag("nonblocking-1")
@Exercise(id = "nonblocking-1", title = "A line within an overall deadline", docs = "nonblocking.html#nonblocking-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlineLineReaderTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final Duration GENEROUS = Duration.ofSeconds(2);

    private static <T> T call(String whenHung, Callable<T> call) throws Exception {
        return TimeLimit.call(LIMIT, whenHung, call);
    }

    /** What {@code readLine(timeout)} gave: the line (or null), or the exception it threw; fails if it hangs. */
    private static Object outcomeOf(DeadlineLineReader reader, Duration timeout, String whenHung) throws Exception {
        return outcomeOf(reader, timeout, LIMIT, whenHung);
    }

    private static Object outcomeOf(DeadlineLineReader reader, Duration timeout, Duration limit, String whenHung)
            throws Exception {
        return TimeLimit.call(limit, whenHung, () -> {
            try {
                return reader.readLine(timeout);
            } catch (IOException | IllegalArgumentException e) {
                return e;
            }
        });
    }

    private static Socket connect(DribblingPeer peer) throws Exception {
        Socket socket = new Socket();
        socket.connect(peer.address(), 2_000);
        return socket;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    @Order(1)
    @DisplayName("returns a line that arrives in one piece, without its LF")
    void readsALine(Steps steps) throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            steps.step("the peer sent \"hello, deadline\\n\" in one write");
            pair.serverSends("hello, deadline\n".getBytes(UTF_8));
            DeadlineLineReader reader = new DeadlineLineReader(pair.client);
            assertThat(call("readLine() did not return a line that had arrived", () -> reader.readLine(GENEROUS)))
                    .as("readLine(2 s)").isEqualTo("hello, deadline");
        }
    }

    @Test
    @Order(2)
    @DisplayName("returns a line that dribbles in, UTF-8 split across reads, within the deadline")
    void readsADribbledLine(Steps steps) throws Exception {
        String line = "grüße, 東京";
        try (DribblingPeer peer = DribblingPeer.sending((line + "\n").getBytes(UTF_8)).interval(Duration.ofMillis(10)).start();
             Socket socket = connect(peer)) {
            steps.step("a peer sent \"" + line + "\\n\" one byte every 10 ms (17 bytes, about 170 ms)");
            steps.step("called readLine(2 s)");
            DeadlineLineReader reader = new DeadlineLineReader(socket);
            String got = call("readLine() did not return a line that arrived well within its deadline",
                    () -> reader.readLine(GENEROUS));
            assertThat(got).as("the line, its multi-byte characters decoded whole").isEqualTo(line);
        }
    }

    @Test
    @Order(8)
    @DisplayName("gives up at the deadline while a peer dribbles one byte at a time")
    void givesUpWhileBytesTrickle(Steps steps) throws Exception {
        try (DribblingPeer peer = DribblingPeer.sending(new byte[] {'x'}).interval(Duration.ofMillis(20)).endless().start();
             Socket socket = connect(peer)) {
            steps.step("a peer sends 'x' every 20 ms, for ever, and never a LF");
            steps.step("called readLine(300 ms)");
            DeadlineLineReader reader = new DeadlineLineReader(socket);
            long start = System.nanoTime();
            Object outcome = outcomeOf(reader, Duration.ofMillis(300), Duration.ofMillis(2_000),
                    "readLine(300 ms) was still reading after 2 s, while a byte arrived every 20 ms. A read timeout (setSoTimeout) restarts"
                    + " with every read, so it never fires here: give each read only what is left of the line's deadline");
            long millis = millisSince(start);
            assertThat(outcome).as("what readLine(300 ms) gave, no LF ever sent").isInstanceOf(SocketTimeoutException.class);
            assertThat(millis).as("ms until readLine(300 ms) gave up, a byte arriving every 20 ms; it must throw"
                    + " SocketTimeoutException soon after 300 ms").isLessThan(2_000);
        }
    }

    @Test
    @Order(10)
    @DisplayName("gives up at the deadline, not a read later, when each byte comes just before it")
    void givesUpOnTime(Steps steps) throws Exception {
        try (DribblingPeer peer = DribblingPeer.sending(new byte[] {'x'}).interval(Duration.ofMillis(1_900)).endless().start();
             Socket socket = connect(peer)) {
            steps.step("a peer sends 'x' every 1.9 s and never a LF; called readLine(2 s)");
            DeadlineLineReader reader = new DeadlineLineReader(socket);
            long start = System.nanoTime();
            Object outcome = outcomeOf(reader, Duration.ofSeconds(2), "readLine(2 s) was still reading after "
                    + LIMIT.toSeconds() + " s: after the byte at 1.9 s, the next read may wait only the 0.1 s left of the"
                    + " deadline, not a whole timeout");
            assertThat(outcome).as("what readLine(2 s) gave, no LF ever sent").isInstanceOf(SocketTimeoutException.class);
            assertThat(millisSince(start)).as("ms until readLine(2 s) gave up; the next byte came at 3.8 s").isLessThan(3_000);
        }
    }

    @Test
    @Order(9)
    @DisplayName("gives up at the deadline when the peer sends nothing")
    void givesUpOnSilence(Steps steps) throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            steps.step("the peer sends nothing; called readLine(200 ms)");
            DeadlineLineReader reader = new DeadlineLineReader(pair.client);
            long start = System.nanoTime();
            Object outcome = outcomeOf(reader, Duration.ofMillis(200), "readLine(200 ms) never gave up on a silent peer");
            assertThat(outcome).as("what readLine(200 ms) gave, nothing sent").isInstanceOf(SocketTimeoutException.class);
            assertThat(millisSince(start)).as("ms until readLine(200 ms) threw SocketTimeoutException").isBetween(150L, 2_000L);
        }
    }

    @Test
    @Order(3)
    @DisplayName("keeps the bytes after a line for the next calls")
    void keepsTheRest(Steps steps) throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            steps.step("the peer sent \"one\\ntwo\\nthree\\n\" in one write");
            pair.serverSends("one\ntwo\nthree\n".getBytes(UTF_8));
            DeadlineLineReader reader = new DeadlineLineReader(pair.client);
            for (String expected : new String[] {"one", "two", "three"}) {
                steps.step("called readLine(1 s)");
                String whenLost = "readLine() did not return \"" + expected + "\", which had arrived in the same write"
                        + " as the line before: were the bytes after that line's LF thrown away?";
                Object got = outcomeOf(reader, Duration.ofSeconds(1), whenLost);
                if (got instanceof SocketTimeoutException) {
                    throw new AssertionError(whenLost + " (it timed out waiting for them)");
                }
                assertThat(got).as("the next line").isEqualTo(expected);
            }
        }
    }

    @Test
    @Order(4)
    @DisplayName("returns null at the end of the stream, between lines")
    void nullAtTheEnd(Steps steps) throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            steps.step("the peer sent \"last\\n\", then closed its side");
            pair.serverSends("last\n".getBytes(UTF_8));
            pair.server.shutdownOutput();
            DeadlineLineReader reader = new DeadlineLineReader(pair.client);
            assertThat(call("readLine() hung", () -> reader.readLine(GENEROUS))).isEqualTo("last");
            steps.step("called readLine() again");
            assertThat(call("readLine() at the end of the stream hung", () -> reader.readLine(GENEROUS)))
                    .as("readLine() at the end of the stream").isNull();
        }
    }

    @Test
    @Order(5)
    @DisplayName("throws EOFException when the stream ends inside a line")
    void eofInsideALine(Steps steps) throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            steps.step("the peer sent \"cut sho\" (no LF), then closed its side");
            pair.serverSends("cut sho".getBytes(UTF_8));
            pair.server.shutdownOutput();
            DeadlineLineReader reader = new DeadlineLineReader(pair.client);
            Object outcome = outcomeOf(reader, GENEROUS, "readLine() hung at the end of the stream");
            assertThat(outcome).as("what readLine() gave for a line cut short by the end of the stream: it must throw"
                    + " EOFException, not return half a line").isInstanceOf(EOFException.class);
        }
    }

    @Test
    @Order(6)
    @DisplayName("leaves the socket read timeout (SO_TIMEOUT) as it found it")
    void restoresSoTimeout(Steps steps) throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            steps.step("set the socket's SO_TIMEOUT to 4321 ms; the peer sent \"a\\n\"");
            pair.client.setSoTimeout(4321);
            pair.serverSends("a\n".getBytes(UTF_8));
            DeadlineLineReader reader = new DeadlineLineReader(pair.client);
            call("readLine() hung", () -> reader.readLine(Duration.ofMillis(500)));
            assertThat(pair.client.getSoTimeout()).as("SO_TIMEOUT after readLine() returned a line").isEqualTo(4321);
            steps.step("called readLine(100 ms) with nothing more sent");
            outcomeOf(reader, Duration.ofMillis(100), "readLine(100 ms) hung");
            assertThat(pair.client.getSoTimeout()).as("SO_TIMEOUT after readLine() timed out").isEqualTo(4321);
        }
    }

    @Test
    @Order(7)
    @DisplayName("refuses a timeout that is zero or negative")
    void refusesABadTimeout(Steps steps) throws Exception {
        try (SocketPair pair = SocketPair.open()) {
            DeadlineLineReader reader = new DeadlineLineReader(pair.client);
            for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-5)}) {
                steps.step("called readLine(" + bad.toMillis() + " ms)");
                Object outcome = outcomeOf(reader, bad, "readLine(" + bad.toMillis() + " ms) hung: is 0 taken as \"no timeout\"?");
                assertThat(outcome).as("what readLine(" + bad.toMillis() + " ms) gave").isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
