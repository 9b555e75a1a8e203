package org.socketslab.framing.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.ChunkingProxy;
import org.socketslab.kit.faults.ShortReadStream;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;

@Tag("framing-1")
@Exercise(id = "framing-1", title = "Read exactly n bytes", docs = "framing.html#framing-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExactReaderTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "readExactly() did not return. Does it stop when read() returns -1,"
            + " and does it ask read() only for the bytes still missing?";

    static byte[] readExactly(InputStream in, int n) throws Exception {
        return MemoryGuard.call(LIMIT, HUNG, () -> ExactReader.readExactly(in, n));
    }

    /**
     * readExactly on a stream that does hold all n bytes, arriving as {@code how} says: an
     * EOFException there is the bug, explained.
     */
    private static byte[] readAllThere(InputStream in, int n, String how) throws Exception {
        try {
            return readExactly(in, n);
        } catch (EOFException e) {
            throw new AssertionError("readExactly(in, " + n + ") threw EOFException (\"" + e.getMessage()
                    + "\") although all " + n + " bytes were there, " + how + ": one read() is not the whole"
                    + " message, and available() is not what is still coming");
        }
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] data = new byte[n];
        new Random(seed).nextBytes(data);
        return data;
    }

    @Test
    @Order(1)
    @DisplayName("reads n bytes that arrive in one piece")
    void readsBytesThatArriveWhole(Steps steps) throws Exception {
        byte[] data = randomBytes(1000, 1);
        steps.step("read 1000 bytes from a stream that hands out all 1000 at once");
        assertSameBytes("readExactly(in, 1000)", data, readExactly(new ByteArrayInputStream(data), 1000));
    }

    @Test
    @Order(2)
    @DisplayName("reads n bytes from 20 streams of random short reads (seeded)")
    void readsBytesFromShortReads(Steps steps) throws Exception {
        byte[] data = randomBytes(500, 2);
        for (int seed = 1; seed <= 20; seed++) {
            steps.step("read 500 bytes from a stream whose every read() returns 1 to 7 bytes and whose available()"
                    + " is 0 (seed " + seed + ")");
            ShortReadStream in = ShortReadStream.over(data).seed(seed).pieces(1, 7).build();
            assertSameBytes("readExactly(in, 500) with seed " + seed, data,
                    readAllThere(in, 500, "coming 1 to 7 per read() with available() always 0"));
        }
    }

    @Test
    @Order(3)
    @DisplayName("reads messages that dribble in one byte at a time through a proxy")
    void readsMessagesThatDribbleThroughAProxy(Steps steps) throws Exception {
        byte[] data = randomBytes(300, 3);
        int[] sizes = {5, 150, 1, 144};
        // The pause between bytes keeps each read() short even when the reader's thread is slow
        // to run, so that a single read() fails here as surely as it does on a real network.
        try (BytesServer server = new BytesServer(data);
             ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(3).pieces(1, 1)
                     .delay(Duration.ofMillis(1)).start();
             Socket socket = new Socket()) {
            steps.step("connected through a proxy that forwards one byte per write, 1 ms apart, to a server that"
                    + " sends 300 bytes");
            socket.connect(proxy.address(), 2_000);
            socket.setSoTimeout(2_000);
            int at = 0;
            for (int size : sizes) {
                steps.step("read the next " + size + " bytes");
                assertSameBytes("bytes " + at + " to " + (at + size) + " of the stream",
                        Arrays.copyOfRange(data, at, at + size), readAllThere(socket.getInputStream(), size,
                                "sent by the server and coming one byte per write through the proxy"));
                at += size;
            }
        }
    }

    @Test
    @Order(4)
    @DisplayName("leaves the bytes after the n-th in the stream")
    void leavesTheRestInTheStream(Steps steps) throws Exception {
        byte[] data = randomBytes(100, 4);
        ByteArrayInputStream in = new ByteArrayInputStream(data);
        steps.step("read 10 bytes from a stream of 100 that delivers everything at once");
        assertSameBytes("readExactly(in, 10)", Arrays.copyOf(data, 10), readExactly(in, 10));
        steps.step("read what is left in the stream");
        assertSameBytes("the 90 bytes left after readExactly(in, 10): they belong to the next message",
                Arrays.copyOfRange(data, 10, 100), in.readAllBytes());
    }

    @Test
    @Order(5)
    @DisplayName("throws EOFException saying how many of n bytes arrived")
    void reportsAnEarlyEndOfStream(Steps steps) throws Exception {
        steps.step("asked for 20 bytes from a stream that ends after 7, arriving in short pieces");
        ShortReadStream in = ShortReadStream.over(randomBytes(7, 5)).seed(5).pieces(1, 3).build();
        EOFException eof = Expect.thrown(EOFException.class, "readExactly(in, 20) on a stream of 7 bytes",
                () -> readExactly(in, 20), "the caller asked for 20 bytes, and a shorter array looks like a message");
        Expect.mentions(eof, "EOFException's message", 7, 20);
    }

    @Test
    @Order(6)
    @DisplayName("returns nothing for n = 0 and rejects a negative n")
    void handlesZeroAndNegativeCounts(Steps steps) throws Exception {
        steps.step("asked for 0 bytes from a stream of 3");
        ByteArrayInputStream three = new ByteArrayInputStream(new byte[] {1, 2, 3});
        assertThat(readExactly(three, 0)).as("readExactly(in, 0)").isEmpty();
        assertThat(three.available()).as("bytes left in the stream of 3 after readExactly(in, 0): it takes nothing")
                .isEqualTo(3);
        steps.step("asked for -1 bytes");
        Expect.thrown(IllegalArgumentException.class, "readExactly(in, -1)",
                () -> readExactly(new ByteArrayInputStream(new byte[3]), -1), "a negative count is the caller's bug");
    }

    @Test
    @Order(7)
    @DisplayName("passes a connection reset on as it is")
    void passesAResetOn(Steps steps) throws Exception {
        steps.step("asked for 100 bytes from a stream that resets after 40, arriving in short pieces");
        ShortReadStream in = ShortReadStream.over(randomBytes(100, 6)).seed(6).pieces(1, 9).resetAfter(40).build();
        Expect.thrown(SocketException.class, "readExactly(in, 100) on a connection that resets after 40 bytes",
                () -> readExactly(in, 100), "the reset must reach the caller as it is, not as a short read or an end of stream");
    }
}
