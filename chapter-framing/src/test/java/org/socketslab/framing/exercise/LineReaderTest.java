package org.socketslab.framing.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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

@Tag("framing-3")
@Exercise(id = "framing-3", title = "Lines with a maximum length", docs = "framing.html#framing-3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LineReaderTest {
    private static final int MAX = 1024;
    /** A reader may read ahead into a buffer of its own, but not this far past the maximum. */
    private static final long READ_AHEAD_ALLOWANCE = 64 * 1024;
    private static final long ENDLESS_CAP = 8 << 20;
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "readLine() did not return. Does it stop at the end of the stream?";
    /** Lines in several scripts; each 'é' or 'ü' is 2 bytes of UTF-8, each '東' 3, each emoji 4. */
    private static final List<String> LINES = List.of("hello", "", "grüße aus Köln", "東京 and 大阪",
            "emoji \uD83D\uDE00 too", "a,b;c=d", "x".repeat(1000));

    private static String readLine(LineReader reader) throws Exception {
        return MemoryGuard.call(LIMIT, HUNG, reader::readLine);
    }

    private static LineReader reader(String text, int max) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    /** The lines, alternately ended by LF and CRLF. */
    private static byte[] mixedLineEnds(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(lines.get(i)).append(i % 2 == 0 ? "\n" : "\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void readsAll(LineReader reader, String from) throws Exception {
        for (int i = 0; i < LINES.size(); i++) {
            Expect.sameLine("line " + i + " " + from, LINES.get(i), readLine(reader));
        }
        assertThat(readLine(reader)).as("readLine() at the end of the stream " + from).isNull();
    }

    @Test
    @Order(1)
    @DisplayName("reads lines ended by LF or CRLF, without the line end")
    void readsLfAndCrlfLines(Steps steps) throws Exception {
        steps.step("read \"one\\ntwo\\r\\n\\r\\nfour\\n\"");
        LineReader reader = reader("one\ntwo\r\n\r\nfour\n", MAX);
        Expect.sameLine("the line ended by LF", "one", readLine(reader));
        Expect.sameLine("the line ended by CRLF (the '\\r' belongs to the line end)", "two", readLine(reader));
        Expect.sameLine("the empty line ended by CRLF", "", readLine(reader));
        Expect.sameLine("the last line", "four", readLine(reader));
    }

    @Test
    @Order(2)
    @DisplayName("reads lines from 20 streams of random short reads, UTF-8 characters split included (seeded)")
    void readsLinesFromShortReads(Steps steps) throws Exception {
        byte[] stream = mixedLineEnds(LINES);
        for (int seed = 1; seed <= 20; seed++) {
            steps.step("read " + LINES.size() + " lines in several scripts, LF and CRLF ends, from a stream of short"
                    + " reads of 1 to 4 bytes (seed " + seed + ")");
            readsAll(new LineReader(ShortReadStream.over(stream).seed(seed).pieces(1, 4).build(), MAX),
                    "(seed " + seed + ")");
        }
    }

    @Test
    @Order(3)
    @DisplayName("reads lines that dribble in one byte at a time through a proxy")
    void readsLinesThroughAProxy(Steps steps) throws Exception {
        try (BytesServer server = new BytesServer(mixedLineEnds(LINES));
             ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(5).pieces(1, 1).start();
             Socket socket = new Socket()) {
            steps.step("read " + LINES.size() + " lines through a proxy that forwards one byte per write");
            socket.connect(proxy.address(), 2_000);
            socket.setSoTimeout(2_000);
            readsAll(new LineReader(socket.getInputStream(), MAX), "through the proxy");
        }
    }

    @Test
    @Order(4)
    @DisplayName("accepts a line of exactly the maximum, counted in UTF-8 bytes")
    void acceptsALineOfExactlyTheMaximum(Steps steps) throws Exception {
        String twelveBytes = "ééééé" + "ab"; // 5 x 2 bytes + 2
        steps.step("with a maximum of 12 bytes, read \"ééééeab\" (7 characters, 12 bytes) ended by LF, then by CRLF");
        LineReader reader = reader(twelveBytes + "\n" + twelveBytes + "\r\n", 12);
        Expect.sameLine("a 12-byte line ended by LF", twelveBytes, readLine(reader));
        Expect.sameLine("a 12-byte line ended by CRLF", twelveBytes, readLine(reader));
    }

    @Test
    @Order(5)
    @DisplayName("rejects a line one byte over the maximum with a ProtocolException")
    void rejectsALineOneByteOver(Steps steps) throws Exception {
        for (String line : List.of("abcdefghijklm", "éééééé" + "a")) {
            int bytes = line.getBytes(StandardCharsets.UTF_8).length;
            steps.step("with a maximum of 12 bytes, read \"" + line + "\" (" + line.length() + " characters, " + bytes
                    + " bytes)");
            ProtocolException tooLong = Expect.thrown(ProtocolException.class,
                    "readLine() on a line of " + line.length() + " characters and " + bytes + " bytes",
                    () -> readLine(reader(line + "\n", 12)),
                    "the limit is 12 bytes of UTF-8, and the line has " + bytes);
            Expect.mentions(tooLong, "ProtocolException's message", 12);
        }
    }

    @Test
    @Order(6)
    @DisplayName("rejects an endless line soon after the maximum, without buffering it")
    void rejectsAnEndlessLine(Steps steps) throws Exception {
        EndlessLine endless = new EndlessLine(ENDLESS_CAP);
        steps.step("with a maximum of " + MAX + " bytes, read from a peer that sends 'a' after 'a' and never a line end");
        Measured<String> read = Measured.call(LIMIT, HUNG, () -> new LineReader(endless, MAX).readLine());
        if (endless.served() > MAX + READ_AHEAD_ALLOWANCE) {
            throw new AssertionError(String.format(Locale.ROOT, "readLine() took %,d bytes of one line without"
                    + " rejecting it; with a maximum of %,d it must give up right after byte %,d, or a peer that"
                    + " never sends a line end makes the server buffer until memory runs out", endless.served(), MAX, MAX));
        }
        read.assertAllocatedAtMost(1 << 20, "a line that never ends", "checking the line's length so far");
        ProtocolException tooLong = Expect.thrown(ProtocolException.class, "readLine() on a line that never ends",
                read::get, "the line has passed the maximum of " + MAX + " bytes");
        Expect.mentions(tooLong, "ProtocolException's message", MAX);
    }

    @Test
    @Order(7)
    @DisplayName("keeps a CR that is not right before LF as data")
    void keepsALoneCarriageReturn(Steps steps) throws Exception {
        steps.step("read \"a\\rb\\n\", \"x\\r\\r\\n\", \"\\r\\n\" and \"\\n\"");
        LineReader reader = reader("a\rb\nx\r\r\n\r\n\n", MAX);
        Expect.sameLine("\"a\\rb\\n\": a CR inside a line is data", "a\rb", readLine(reader));
        Expect.sameLine("\"x\\r\\r\\n\": only the CR right before LF is dropped", "x\r", readLine(reader));
        Expect.sameLine("\"\\r\\n\": an empty line", "", readLine(reader));
        Expect.sameLine("\"\\n\": an empty line", "", readLine(reader));
    }

    @Test
    @Order(8)
    @DisplayName("returns null at the end of the stream, between lines")
    void returnsNullAtTheEnd(Steps steps) throws Exception {
        steps.step("read \"one\\ntwo\\n\" to the end, and once more");
        LineReader reader = reader("one\ntwo\n", MAX);
        Expect.sameLine("the next line", "one", readLine(reader));
        Expect.sameLine("the next line", "two", readLine(reader));
        assertThat(readLine(reader)).as("readLine() at the end of the stream").isNull();
        assertThat(readLine(reader)).as("readLine() once more at the end of the stream").isNull();
    }

    @Test
    @Order(9)
    @DisplayName("throws EOFException saying how many bytes arrived when the stream ends inside a line")
    void reportsAnEndInsideALine(Steps steps) throws Exception {
        steps.step("read \"one\\npartial\" (the stream ends after 7 bytes of the second line), in short reads");
        InputStream in = ShortReadStream.over("one\npartial".getBytes(StandardCharsets.UTF_8)).seed(6).pieces(1, 3).build();
        LineReader reader = new LineReader(in, MAX);
        Expect.sameLine("the first line", "one", readLine(reader));
        EOFException eof = Expect.thrown(EOFException.class, "readLine() on \"partial\" without a line end",
                () -> readLine(reader), "a line without its end may be cut short: a message is not complete until its"
                        + " delimiter arrives");
        Expect.mentions(eof, "EOFException's message", 7);
    }

    @Test
    @Order(10)
    @DisplayName("passes a connection reset in the middle of a line on as it is")
    void passesAResetOn(Steps steps) throws Exception {
        steps.step("read \"one\\npartial line\\n\" from a connection that resets after \"one\\npart\", in short reads");
        InputStream in = ShortReadStream.over("one\npartial line\n".getBytes(StandardCharsets.UTF_8)).seed(10).pieces(1, 3)
                .resetAfter(8).build();
        LineReader reader = new LineReader(in, MAX);
        Expect.sameLine("the first line", "one", readLine(reader));
        Expect.thrown(SocketException.class, "readLine() when the connection resets inside a line",
                () -> readLine(reader), "the caller must learn that the connection broke, not get half a line or a"
                        + " clean end");
        steps.step("the same from a connection that resets right after \"one\\n\", between two lines");
        InputStream between = ShortReadStream.over("one\npartial line\n".getBytes(StandardCharsets.UTF_8)).seed(10)
                .pieces(1, 3).resetAfter(4).build();
        LineReader second = new LineReader(between, MAX);
        Expect.sameLine("the first line", "one", readLine(second));
        Expect.thrown(SocketException.class, "readLine() when the connection resets between two lines",
                () -> readLine(second), "a reset is no clean end of stream, even between lines: the caller must learn"
                        + " that the connection broke");
    }
}
