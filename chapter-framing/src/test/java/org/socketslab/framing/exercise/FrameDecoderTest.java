package org.socketslab.framing.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import java.net.ProtocolException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.framing.FrameTooLargeException;
import org.socketslab.kit.faults.ChunkingProxy;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;

@Tag("framing-4")
@Exercise(id = "framing-4", title = "Incremental frame decoder", docs = "framing.html#framing-4")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FrameDecoderTest {
    private static final int MAX = FrameCodecTest.MAX;
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "feed() did not return. Does its loop end once the chunk has no bytes left?";

    private static List<byte[]> feed(FrameDecoder decoder, ByteBuffer chunk) throws Exception {
        return MemoryGuard.call(LIMIT, HUNG, () -> feedInThisThread(decoder, chunk));
    }

    /**
     * feed() with its contract checked, for a caller already under a time limit; the stream fed
     * holds only valid frames, so a length rejected there was read from the wrong place.
     */
    private static List<byte[]> feedInThisThread(FrameDecoder decoder, ByteBuffer chunk) throws Exception {
        List<byte[]> frames;
        try {
            frames = decoder.feed(chunk);
        } catch (BufferUnderflowException e) {
            throw new AssertionError("feed() threw BufferUnderflowException: it read more bytes than the chunk had left"
                    + " (a getInt() with fewer than 4 remaining?); a chunk can end anywhere, even inside a length prefix", e);
        } catch (ProtocolException e) {
            throw new AssertionError("feed() threw " + e.getClass().getSimpleName() + " (\"" + e.getMessage() + "\") on a"
                    + " stream of valid frames, none over the maximum of " + MAX + ": either the check is off, or that"
                    + " length was read from the middle of a frame, after bytes of an earlier chunk were lost or skipped", e);
        }
        if (chunk.hasRemaining()) {
            throw new AssertionError("feed() left " + chunk.remaining() + " of the chunk's bytes unread (position "
                    + chunk.position() + ", limit " + chunk.limit() + "): it must consume the whole chunk and keep"
                    + " what it cannot use yet, because the caller reuses the buffer for the next read");
        }
        return frames;
    }

    /**
     * Feeds every chunk, scribbling over each one once fed (the caller reuses its buffer); returns
     * all frames. One time limit for all the chunks: a thread per chunk would make a 1-byte dribble
     * of a few thousand chunks take seconds.
     */
    private static List<byte[]> feedAll(FrameDecoder decoder, List<ByteBuffer> chunks) throws Exception {
        return MemoryGuard.call(LIMIT, HUNG, () -> {
            List<byte[]> frames = new ArrayList<>();
            for (ByteBuffer chunk : chunks) {
                int start = chunk.position();
                frames.addAll(feedInThisThread(decoder, chunk));
                for (int i = start; i < chunk.limit(); i++) {
                    chunk.put(i, (byte) 0x55);
                }
            }
            return frames;
        });
    }

    private static void sameFrames(List<byte[]> expected, List<byte[]> actual, String how) {
        assertThat(actual).as("how many frames feed() returned " + how).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertSameBytes("frame " + i + " " + how, expected.get(i), actual.get(i));
        }
    }

    private static void assertPending(FrameDecoder decoder, int expected, String after) throws Exception {
        int pending = MemoryGuard.call(LIMIT, "pendingBytes() did not return", decoder::pendingBytes);
        assertThat(pending).as("pendingBytes() after " + after).isEqualTo(expected);
    }

    @Test
    @Order(1)
    @DisplayName("decodes a frame fed whole")
    void decodesAFrameFedWhole(Steps steps) throws Exception {
        byte[] payload = "one frame".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        FrameDecoder decoder = new FrameDecoder(MAX);
        steps.step("fed one chunk that holds exactly one frame of 9 bytes");
        sameFrames(List.of(payload), feed(decoder, ByteBuffer.wrap(RawFrames.encode(List.of(payload)))), "");
        assertPending(decoder, 0, "a whole frame");
        steps.step("fed one chunk that holds exactly one empty frame: its 4 length bytes, 0");
        sameFrames(List.of(new byte[0]), feed(decoder, ByteBuffer.wrap(RawFrames.prefix(0))), "for an empty frame");
        assertPending(decoder, 0, "a whole empty frame");
    }

    @Test
    @Order(2)
    @DisplayName("decodes every frame of a chunk that holds several")
    void decodesSeveralFramesInOneChunk(Steps steps) throws Exception {
        List<byte[]> payloads = RawFrames.samplePayloads(41, 10, 500);
        FrameDecoder decoder = new FrameDecoder(MAX);
        steps.step("fed one chunk holding frames of " + RawFrames.sizes(payloads));
        sameFrames(payloads, feed(decoder, ByteBuffer.wrap(RawFrames.encode(payloads))), "for one chunk");
    }

    @Test
    @Order(4)
    @DisplayName("keeps a length prefix split across chunks, and counts the bytes it holds")
    void keepsASplitPrefix(Steps steps) throws Exception {
        byte[] payload = new byte[300];
        Arrays.fill(payload, (byte) 7);
        byte[] stream = RawFrames.encode(List.of(payload, payload));
        FrameDecoder decoder = new FrameDecoder(MAX);
        int[][] cuts = {{0, 1}, {1, 3}, {3, 14}, {14, 304}, {304, 306}, {306, 608}};
        int[] pendingAfter = {1, 3, 14, 0, 2, 0};
        int[] framesAfter = {0, 0, 0, 1, 0, 1};
        for (int i = 0; i < cuts.length; i++) {
            int from = cuts[i][0];
            int to = cuts[i][1];
            steps.step("fed bytes " + from + " to " + to + " of two 300-byte frames (a prefix is bytes 0-3 and 304-307)");
            List<byte[]> frames = feed(decoder, Chunks.window(stream, from, to - from));
            assertThat(frames).as("frames completed by bytes " + from + " to " + to).hasSize(framesAfter[i]);
            assertPending(decoder, pendingAfter[i], "bytes 0 to " + to);
        }
    }

    @Test
    @Order(3)
    @DisplayName("decodes the same stream under 50 random splits and a 1-byte dribble (seeded)")
    void decodesUnderRandomSplits(Steps steps) throws Exception {
        List<byte[]> payloads = RawFrames.samplePayloads(42, 15, 700);
        byte[] stream = RawFrames.encode(payloads);
        for (int seed = 1; seed <= 50; seed++) {
            List<ByteBuffer> chunks = Chunks.split(stream, seed, seed % 2 == 0 ? 9 : 600);
            steps.step("fed frames of " + RawFrames.sizes(payloads) + " in chunks of " + Chunks.sizes(chunks)
                    + " (seed " + seed + "), overwriting each chunk once fed");
            FrameDecoder decoder = new FrameDecoder(MAX);
            sameFrames(payloads, feedAll(decoder, chunks), "(seed " + seed + ")");
            assertPending(decoder, 0, "the whole stream (seed " + seed + ")");
        }
        steps.step("fed the same stream one byte per chunk");
        FrameDecoder decoder = new FrameDecoder(MAX);
        sameFrames(payloads, feedAll(decoder, Chunks.dribble(stream)), "(one byte per chunk)");
    }

    @Test
    @Order(5)
    @DisplayName("rejects huge lengths as soon as the prefix is complete, before allocating")
    void rejectsHugeLengths(Steps steps) throws Exception {
        for (int length : FrameCodecTest.HUGE) {
            steps.step(String.format(Locale.ROOT, "fed a prefix announcing %,d bytes (maximum %,d) in chunks of 2 bytes,"
                    + " then 1 byte", length, MAX));
            byte[] prefix = RawFrames.prefix(length);
            FrameDecoder decoder = new FrameDecoder(MAX);
            int[] feeds = {0};
            Measured<List<byte[]>> fed = Measured.call(LIMIT, HUNG, () -> {
                feeds[0] = 1;
                List<byte[]> frames = new ArrayList<>(decoder.feed(ByteBuffer.wrap(prefix, 0, 2)));
                feeds[0] = 2;
                frames.addAll(decoder.feed(ByteBuffer.wrap(prefix, 2, 2)));
                feeds[0] = 3;
                frames.addAll(decoder.feed(ByteBuffer.wrap(new byte[1])));
                return frames;
            }).assertAllocatedAtMost(FrameCodecTest.ALLOCATION_LIMIT,
                    String.format(Locale.ROOT, "a prefix announcing %,d bytes", length),
                    "checking the length against the maximum " + MAX);
            FrameTooLargeException tooLarge = Expect.thrown(FrameTooLargeException.class,
                    "feed() on a prefix announcing " + length + " bytes", fed::get,
                    "the maximum is " + MAX + ", and the prefix was complete");
            Expect.mentions(tooLarge, "FrameTooLargeException's message", length, MAX);
            assertThat(feeds[0]).as("the feed() that threw, of 3 (the 2nd completed the prefix): the length is checked as"
                    + " soon as its 4 bytes are known, not when a byte of the payload arrives").isEqualTo(2);
        }
    }

    @Test
    @Order(6)
    @DisplayName("rejects negative lengths with a ProtocolException")
    void rejectsNegativeLengths(Steps steps) throws Exception {
        for (int length : FrameCodecTest.NEGATIVE) {
            steps.step(String.format("fed the prefix %08x (%d as a signed int) in one chunk", length, length));
            FrameDecoder decoder = new FrameDecoder(MAX);
            Measured<List<byte[]>> fed = Measured.call(LIMIT, HUNG,
                    () -> decoder.feed(ByteBuffer.wrap(Arrays.copyOf(RawFrames.prefix(length), 6))))
                    .assertAllocatedAtMost(FrameCodecTest.ALLOCATION_LIMIT, "a prefix of " + length, "checking it");
            ProtocolException bad = Expect.thrown(ProtocolException.class, "feed() on a prefix of " + length, fed::get,
                    "no frame has a negative length");
            Expect.mentions(bad, "ProtocolException's message", length);
        }
    }

    @Test
    @Order(7)
    @DisplayName("decodes frames read from a non-blocking SocketChannel through a re-chunking proxy")
    void decodesFramesFromASocketChannel(Steps steps) throws Exception {
        List<byte[]> payloads = RawFrames.samplePayloads(43, 12, 200);
        // The pause between writes keeps them apart on arrival, so that reads end inside length
        // prefixes even when this thread is slow to run.
        try (BytesServer server = new BytesServer(RawFrames.encode(payloads));
             ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(7).pieces(1, 7)
                     .delay(Duration.ofMillis(1)).start()) {
            steps.step("connected a non-blocking SocketChannel through a proxy that forwards 1 to 7 bytes per write,"
                    + " 1 ms apart");
            steps.step("read into one 64-byte direct buffer, reused: read, flip, feed, clear, until end of stream");
            FrameDecoder decoder = new FrameDecoder(MAX);
            List<byte[]> frames = MemoryGuard.call(LIMIT, HUNG, () -> readAllFrames(proxy, decoder));
            sameFrames(payloads, frames, "from the channel");
            assertPending(decoder, 0, "the end of the stream");
        }
    }

    private static List<byte[]> readAllFrames(ChunkingProxy proxy, FrameDecoder decoder) throws Exception {
        List<byte[]> frames = new ArrayList<>();
        try (SocketChannel channel = SocketChannel.open(proxy.address()); Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            ByteBuffer buffer = ByteBuffer.allocateDirect(64);
            while (true) {
                if (selector.select(2_000) == 0) {
                    throw new AssertionError("no bytes from the proxy for 2 s");
                }
                selector.selectedKeys().clear();
                int n = channel.read(buffer);
                if (n == -1) {
                    return frames;
                }
                buffer.flip();
                frames.addAll(feedInThisThread(decoder, buffer));
                buffer.clear();
            }
        }
    }

    @Test
    @Order(8)
    @DisplayName("decodes a frame of exactly the maximum length")
    void decodesAFrameOfExactlyTheMaximum(Steps steps) throws Exception {
        byte[] payload = new byte[MAX];
        new Random(8).nextBytes(payload);
        List<byte[]> payloads = List.of(payload, "after it".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        List<ByteBuffer> chunks = Chunks.split(RawFrames.encode(payloads), 8, 5000);
        steps.step("fed a frame of exactly " + MAX + " bytes with a maximum of " + MAX + " (the maximum is allowed),"
                + " then a short frame, in chunks of " + Chunks.sizes(chunks));
        FrameDecoder decoder = new FrameDecoder(MAX);
        sameFrames(payloads, feedAll(decoder, chunks), "for a frame of exactly the maximum");
        assertPending(decoder, 0, "both frames");
    }
}
