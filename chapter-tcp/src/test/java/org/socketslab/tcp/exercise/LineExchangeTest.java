package org.socketslab.tcp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.faults.ChunkingProxy;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.FinishedOnReturn;
import org.socketslab.tcp.EchoServer;

@Tag("tcp-2")
@Exercise(id = "tcp-2", title = "Line client that reads whole replies", docs = "tcp.html#tcp-2")
class LineExchangeTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "exchange() is still waiting for replies that the server has already sent:"
            + " their bytes were read, but not returned as replies. Did one read() take in several replies and count"
            + " them as one, or did a reader you replaced keep them in its buffer?";

    private static List<String> exchange(InetSocketAddress server, List<String> lines) throws Exception {
        return TimeLimit.call(LIMIT, HUNG, () -> LineExchange.exchange(server, lines));
    }

    private static List<String> upperCased(List<String> lines) {
        return lines.stream().map(l -> l.toUpperCase(Locale.ROOT)).collect(Collectors.toList());
    }

    @Test
    @DisplayName("returns one reply per line, in order")
    void returnsOneReplyPerLine(Steps steps) throws Exception {
        List<String> lines = List.of("hello", "tcp is a byte stream", "", "bye");
        try (EchoServer echo = EchoServer.start(InetAddress.getLoopbackAddress(), 0)) {
            steps.step("started the chapter's upper-casing echo server");
            steps.step("exchanged " + lines + " with it");
            assertSameReplies(exchange(echo.address(), lines), upperCased(lines));
        }
    }

    @Test
    @DisplayName("reads each reply whole when it arrives in tiny pieces")
    void readsRepliesThatArriveInPieces(Steps steps) throws Exception {
        List<String> lines = IntStream.range(0, 30).mapToObj(i -> "line number " + i).collect(Collectors.toList());
        try (EchoServer echo = EchoServer.start(InetAddress.getLoopbackAddress(), 0);
             ChunkingProxy proxy = ChunkingProxy.to(echo.address()).seed(2).pieces(1, 2).start()) {
            steps.step("put a proxy that forwards 1 or 2 bytes per write in front of the echo server");
            steps.step("exchanged 30 lines through it");
            assertSameReplies(exchange(proxy.address(), lines), upperCased(lines));
        }
    }

    @Test
    @DisplayName("keeps replies that arrive merged into one piece")
    void keepsRepliesThatArriveMerged(Steps steps) throws Exception {
        List<String> lines = IntStream.range(0, 50).mapToObj(i -> "merge me " + i).collect(Collectors.toList());
        try (EchoServer echo = EchoServer.start(InetAddress.getLoopbackAddress(), 0);
             ChunkingProxy proxy = ChunkingProxy.to(echo.address()).seed(3).merge(64 * 1024, Duration.ofMillis(50))
                     .start()) {
            steps.step("put a proxy that merges the server's replies into as few writes as it can");
            steps.step("exchanged 50 lines through it");
            assertSameReplies(exchange(proxy.address(), lines), upperCased(lines));
        }
    }

    @Test
    @DisplayName("decodes UTF-8 characters split between pieces")
    void decodesCharactersSplitBetweenPieces(Steps steps) throws Exception {
        List<String> lines = List.of("grüße", "東京 and 大阪", "naïve café");
        try (EchoServer echo = EchoServer.start(InetAddress.getLoopbackAddress(), 0);
             ChunkingProxy proxy = ChunkingProxy.to(echo.address()).seed(4).pieces(1, 1)
                     .delay(Duration.ofMillis(2)).start()) {
            steps.step("put a proxy that forwards one byte per write, 2 ms apart, splitting multi-byte characters");
            steps.step("exchanged " + lines);
            // The echo server upper-cases ASCII letters only, byte by byte.
            assertSameReplies(exchange(proxy.address(), lines), List.of("GRüßE", "東京 AND 大阪", "NAïVE CAFé"));
        }
    }

    @Test
    @DisplayName("throws EOFException saying how many replies arrived when the server closes early")
    void reportsAServerThatClosesEarly(Steps steps) throws Exception {
        byte[] twoReplies = "ONE\nTWO\n".getBytes(StandardCharsets.UTF_8);
        // The baseline comes before the server's sockets, and the look after the server has closed
        // them all: only a socket exchange() left open can then be counted.
        FinishedOnReturn watch = FinishedOnReturn.watch(LineExchange.class);
        try (OneShotServer server = OneShotServer.answeringAfterFirstBytes(twoReplies)) {
            steps.step("started a server that answers two lines, then closes the connection");
            steps.step("exchanged three lines with it");
            Throwable thrown = catchThrowable(() -> exchange(server.address(), List.of("one", "two", "three")));
            assertThat(thrown).withFailMessage("exchange() when only 2 of 3 replies come must throw EOFException, but it %s",
                    thrown == null ? "returned normally" : "threw " + thrown).isInstanceOf(EOFException.class);
            assertThat(thrown.getMessage()).withFailMessage("exchange() when only 2 of 3 replies come: the EOFException must"
                    + " say how many replies arrived (2), but it says \"%s\"", thrown.getMessage()).contains("2");
        }
        steps.step("stopped the server, then counted the sockets still open");
        watch.assertFinished("exchange()", 0);
    }

    @Test
    @DisplayName("rejects a line that contains a line break")
    void rejectsALineBreakInALine(Steps steps) throws Exception {
        try (EchoServer echo = EchoServer.start(InetAddress.getLoopbackAddress(), 0)) {
            steps.step("asked to send \"two\\nlines\" as one line");
            assertThatThrownBy(() -> exchange(echo.address(), List.of("fine", "two\nlines")))
                    .isInstanceOf(IllegalArgumentException.class);
            for (String startsWithABreak : List.of("\nat the start", "\rat the start")) {
                steps.step("asked to send a line that starts with " + (startsWithABreak.charAt(0) == '\n' ? "\\n" : "\\r"));
                assertThatThrownBy(() -> exchange(echo.address(), List.of(startsWithABreak)))
                        .as("a line whose very first character is a line break")
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
        // '\r' breaks a line too, and the check comes before anything goes out: not even "fine" may be sent.
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            InetSocketAddress address = (InetSocketAddress) listener.getLocalSocketAddress();
            steps.step("asked to send [\"fine\", \"carriage\\rreturn\"] to a server that records what arrives");
            Throwable thrown = catchThrowable(() -> exchange(address, List.of("fine", "carriage\rreturn")));
            assertThat(thrown).withFailMessage("a line with '\\r' must be refused with IllegalArgumentException, but"
                    + " exchange() %s", thrown == null ? "returned normally"
                            : thrown instanceof AssertionError ? "sent it and waited for replies" : "threw " + thrown)
                    .isInstanceOf(IllegalArgumentException.class);
            int sent = bytesSentTo(listener);
            assertThat(sent).withFailMessage("%d bytes reached the server before the bad line was refused: check every"
                    + " line first, then connect and send them all", sent).isZero();
        }
    }

    /** Bytes a client sent to {@code listener}, if one connected within a moment (0 when none did). */
    private static int bytesSentTo(ServerSocket listener) throws IOException {
        listener.setSoTimeout(300);
        try (Socket client = listener.accept()) {
            client.setSoTimeout(300);
            try {
                return client.getInputStream().readAllBytes().length;
            } catch (SocketTimeoutException stillOpen) {
                return client.getInputStream().available();
            }
        } catch (SocketTimeoutException nobodyConnected) {
            return 0;
        }
    }

    /** Fails at the first reply that differs, saying which, rather than printing both lists whole. */
    private static void assertSameReplies(List<String> got, List<String> expected) {
        for (int i = 0; i < Math.min(got.size(), expected.size()); i++) {
            if (!got.get(i).equals(expected.get(i))) {
                throw new AssertionError("reply " + (i + 1) + " of " + expected.size() + ": expected \"" + expected.get(i)
                        + "\" but got \"" + got.get(i).replace("\n", "\\n") + "\" (" + got.size()
                        + " replies in all). One reply ends at a line end, whatever pieces the bytes arrive in.");
            }
        }
        if (got.size() != expected.size()) {
            throw new AssertionError("expected " + expected.size() + " replies, one per line sent, but got " + got.size());
        }
    }
}
