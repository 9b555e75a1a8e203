package org.socketslab.framing.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.framing.FrameTooLargeException;
import org.socketslab.kit.faults.ChunkingProxy;
import org.socketslab.kit.faults.ShortReadStream;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;

@Tag("framing-2")
@Exercise(id = "framing-2", title = "Length-prefixed frames", docs = "framing.html#framing-2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrameCodecTest {
    static final int MAX = 64 * 1024;
    /** Rejecting a frame takes a few hundred bytes; far more means room was made for the payload. */
    static final long ALLOCATION_LIMIT = 1 << 20;
    /** Lengths a hostile peer announces: just over the maximum, 100 MiB, 1.5 GiB, 2 GiB - 1. */
    static final List<Integer> HUGE = List.of(MAX + 1, 100 << 20, 1536 << 20, Integer.MAX_VALUE);
    static final List<Integer> NEGATIVE = List.of(-1, Integer.MIN_VALUE, 0xffffff00);
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "readFrame() did not return. Does it stop at the end of the stream,"
            + " and does it reject a bad length before it tries to read the payload?";

    private static byte[] readFrame(InputStream in) throws Exception {
        return MemoryGuard.call(LIMIT, HUNG, () -> FrameCodec.readFrame(in, MAX));
    }

    private static List<byte[]> payloads() {
        return RawFrames.samplePayloads(21, 12, 3000);
    }

    private static void readsAll(List<byte[]> payloads, InputStream in, String from) throws Exception {
        for (int i = 0; i < payloads.size(); i++) {
            assertSameBytes("frame " + i + " " + from, payloads.get(i), readFrame(in));
        }
        assertThat(readFrame(in)).as("readFrame() after the last frame, at the end of the stream " + from).isNull();
    }

    @Test
    @Order(1)
    @DisplayName("writes a 4-byte big-endian length, then the payload, and flushes")
    void writesBigEndianFrames(Steps steps) throws Exception {
        for (byte[] payload : List.of(new byte[300], "hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII), new byte[0])) {
            steps.step("wrote a frame of " + payload.length + " bytes into a BufferedOutputStream");
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            BufferedOutputStream out = new BufferedOutputStream(sent);
            MemoryGuard.call(LIMIT, "writeFrame() did not return", () -> {
                FrameCodec.writeFrame(out, payload, MAX);
                return null;
            });
            assertSameBytes("the bytes that left writeFrame() for a payload of " + payload.length + " bytes"
                    + " (the prefix is " + Arrays.toString(RawFrames.prefix(payload.length)) + ")",
                    RawFrames.encode(List.of(payload)), sent.toByteArray());
        }
    }

    @Test
    @Order(2)
    @DisplayName("reads frames written by DataOutputStream back to back, then null at the end")
    void readsFramesBackToBack(Steps steps) throws Exception {
        List<byte[]> payloads = payloads();
        steps.step("read frames of " + RawFrames.sizes(payloads) + ", all in one stream that hands out everything at once");
        readsAll(payloads, new ByteArrayInputStream(RawFrames.encode(payloads)), "in one piece");
    }

    @Test
    @Order(3)
    @DisplayName("reads frames from 20 streams of random short reads (seeded)")
    void readsFramesFromShortReads(Steps steps) throws Exception {
        List<byte[]> payloads = payloads();
        byte[] stream = RawFrames.encode(payloads);
        for (int seed = 1; seed <= 20; seed++) {
            steps.step("read frames of " + RawFrames.sizes(payloads) + " from a stream of short reads of 1 to 5 bytes"
                    + " (seed " + seed + ")");
            readsAll(payloads, ShortReadStream.over(stream).seed(seed).pieces(1, 5).build(), "(seed " + seed + ")");
        }
    }

    @Test
    @Order(4)
    @DisplayName("reads frames that dribble or arrive merged through a proxy")
    void readsFramesThroughAProxy(Steps steps) throws Exception {
        List<byte[]> payloads = RawFrames.samplePayloads(22, 8, 400);
        try (BytesServer server = new BytesServer(RawFrames.encode(payloads));
             ChunkingProxy dribble = ChunkingProxy.to(server.address()).seed(4).pieces(1, 1).start();
             ChunkingProxy merge = ChunkingProxy.to(server.address()).seed(4).merge(64 * 1024, Duration.ofMillis(30))
                     .start()) {
            for (ChunkingProxy proxy : List.of(dribble, merge)) {
                String how = proxy == dribble ? "one byte per write" : "merging writes";
                steps.step("read frames of " + RawFrames.sizes(payloads) + " through a proxy " + how);
                try (Socket socket = new Socket()) {
                    socket.connect(proxy.address(), 2_000);
                    socket.setSoTimeout(2_000);
                    readsAll(payloads, socket.getInputStream(), "through a proxy " + how);
                }
            }
        }
    }

    @Test
    @Order(5)
    @DisplayName("refuses to write a payload over the maximum, writing nothing")
    void refusesToWriteTooMuch(Steps steps) throws Exception {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        steps.step("asked writeFrame() to send " + (MAX + 1) + " bytes with a maximum of " + MAX);
        Expect.thrown(FrameTooLargeException.class, "writeFrame(out, " + (MAX + 1) + " bytes, " + MAX + ")",
                () -> MemoryGuard.call(LIMIT, "writeFrame() did not return", () -> {
                    FrameCodec.writeFrame(sent, new byte[MAX + 1], MAX);
                    return null;
                }), "the peer would reject it, after a long wait for the payload");
        assertThat(sent.size()).as("bytes written before refusing").isZero();
    }

    @Test
    @Order(6)
    @DisplayName("rejects huge lengths before allocating (1.5 GiB and 2 GiB on a small heap)")
    void rejectsHugeLengthsBeforeAllocating(Steps steps) throws Exception {
        for (int length : HUGE) {
            steps.step(String.format(java.util.Locale.ROOT,
                    "read a frame whose prefix announces %,d bytes (maximum %,d), followed by 10 bytes", length, MAX));
            byte[] stream = Arrays.copyOf(RawFrames.prefix(length), 14);
            Measured<byte[]> read = Measured.call(LIMIT, HUNG, () -> FrameCodec.readFrame(new ByteArrayInputStream(stream), MAX))
                    .assertAllocatedAtMost(ALLOCATION_LIMIT, String.format(java.util.Locale.ROOT, "a prefix announcing %,d bytes", length),
                            "checking the length against the maximum " + MAX);
            FrameTooLargeException tooLarge = Expect.thrown(FrameTooLargeException.class,
                    "readFrame() on a prefix announcing " + length + " bytes", read::get,
                    "the maximum is " + MAX + "; an unchecked length lets any peer exhaust the server's memory");
            Expect.mentions(tooLarge, "FrameTooLargeException's message", length, MAX);
        }
    }

    @Test
    @Order(7)
    @DisplayName("rejects negative lengths with a ProtocolException")
    void rejectsNegativeLengths(Steps steps) throws Exception {
        for (int length : NEGATIVE) {
            steps.step(String.format("read a frame whose prefix is %08x, that is %d as a signed int", length, length));
            byte[] stream = Arrays.copyOf(RawFrames.prefix(length), 14);
            Measured<byte[]> read = Measured.call(LIMIT, HUNG, () -> FrameCodec.readFrame(new ByteArrayInputStream(stream), MAX))
                    .assertAllocatedAtMost(ALLOCATION_LIMIT, "a prefix of " + length, "checking the length");
            ProtocolException bad = Expect.thrown(ProtocolException.class, "readFrame() on a prefix of " + length,
                    read::get, "a Java int with its top bit set is negative, and no frame has a negative length");
            Expect.mentions(bad, "ProtocolException's message", length);
        }
    }

    @Test
    @Order(8)
    @DisplayName("throws EOFException saying how many bytes arrived when the stream ends inside a frame")
    void reportsTruncatedFrames(Steps steps) throws Exception {
        steps.step("read a frame from a stream that ends after 2 of the 4 length bytes");
        EOFException inPrefix = Expect.thrown(EOFException.class, "readFrame() on a stream of 2 bytes",
                () -> readFrame(ShortReadStream.over(new byte[] {0, 0}).pieces(1, 1).build()),
                "2 bytes are half a length, not a clean end of stream");
        Expect.mentions(inPrefix, "EOFException's message", 2, 4);
        steps.step("read a frame announcing 100 bytes from a stream that ends after 30 of them");
        byte[] truncated = Arrays.copyOf(RawFrames.prefix(100), 4 + 30);
        EOFException inPayload = Expect.thrown(EOFException.class, "readFrame() on a frame cut after 30 of 100 bytes",
                () -> readFrame(ShortReadStream.over(truncated).seed(8).pieces(1, 6).build()),
                "the payload is incomplete");
        Expect.mentions(inPayload, "EOFException's message", 30, 100);
    }

    @Test
    @Order(9)
    @DisplayName("passes a reset in the middle of a frame on as it is")
    void passesAResetOn(Steps steps) throws Exception {
        List<byte[]> payloads = List.of(new byte[50], new byte[500]);
        byte[] stream = RawFrames.encode(payloads);
        steps.step("read frames of 50 and 500 bytes from a stream that resets 100 bytes into the second frame");
        ShortReadStream in = ShortReadStream.over(stream).seed(9).pieces(1, 40).resetAfter(54 + 4 + 100).build();
        assertSameBytes("the first frame", payloads.get(0), readFrame(in));
        Expect.thrown(SocketException.class, "readFrame() when the connection resets inside the frame",
                () -> readFrame(in), "the caller must learn that the connection broke, not get half a frame");
        steps.step("the same stream, reset 2 bytes into the second frame's length");
        ShortReadStream inPrefix = ShortReadStream.over(stream).seed(9).pieces(1, 40).resetAfter(54 + 2).build();
        assertSameBytes("the first frame", payloads.get(0), readFrame(inPrefix));
        Expect.thrown(SocketException.class, "readFrame() when the connection resets inside the length",
                () -> readFrame(inPrefix), "a reset inside the length is no clean end of stream: the caller must learn"
                        + " that the connection broke");
        try (BytesServer server = new BytesServer(stream);
             ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(9).pieces(1, 40).abortAfter(54 + 4 + 100)
                     .start();
             Socket socket = new Socket()) {
            steps.step("the same through a proxy that resets the connection 100 bytes into the second frame");
            socket.connect(proxy.address(), 2_000);
            socket.setSoTimeout(2_000);
            assertSameBytes("the first frame", payloads.get(0), readFrame(socket.getInputStream()));
            Expect.thrown(SocketException.class, "readFrame() when the connection resets inside the frame",
                    () -> readFrame(socket.getInputStream()), "the caller must learn that the connection broke");
        }
    }

    @Test
    @Order(10)
    @DisplayName("writes and reads a frame of exactly the maximum length")
    void handlesAFrameOfExactlyTheMaximum(Steps steps) throws Exception {
        byte[] payload = new byte[MAX];
        new Random(10).nextBytes(payload);
        byte[] frame = RawFrames.encode(List.of(payload));
        steps.step("wrote a frame of exactly " + MAX + " bytes with a maximum of " + MAX + " (the maximum is allowed)");
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        MemoryGuard.call(LIMIT, "writeFrame() did not return", () -> {
            FrameCodec.writeFrame(sent, payload, MAX);
            return null;
        });
        assertSameBytes("the bytes that left writeFrame() for a payload of exactly the maximum", frame, sent.toByteArray());
        steps.step("read a frame of exactly " + MAX + " bytes with a maximum of " + MAX + ", in short reads");
        assertSameBytes("the frame of exactly the maximum", payload,
                readFrame(ShortReadStream.over(frame).seed(10).pieces(1, 5000).build()));
    }
}
