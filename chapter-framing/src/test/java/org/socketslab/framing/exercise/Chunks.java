package org.socketslab.framing.exercise;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random splits of one byte stream into {@link ByteBuffer} chunks, as a non-blocking
 * read loop would see it. Some chunks are heap buffers whose position is not 0 (they are windows
 * into a larger array), others direct buffers with no array at all.
 */
final class Chunks {
    private Chunks() {
    }

    /** Cuts {@code stream} into chunks of 1 to {@code maxChunk} bytes, sizes drawn from {@code seed}. */
    static List<ByteBuffer> split(byte[] stream, long seed, int maxChunk) {
        Random random = new Random(seed);
        List<ByteBuffer> chunks = new ArrayList<>();
        int at = 0;
        while (at < stream.length) {
            int size = Math.min(stream.length - at, 1 + random.nextInt(maxChunk));
            chunks.add(random.nextBoolean() ? window(stream, at, size) : direct(stream, at, size));
            at += size;
        }
        return chunks;
    }

    /** Each byte in a chunk of its own: the worst case, a 1-byte dribble. */
    static List<ByteBuffer> dribble(byte[] stream) {
        List<ByteBuffer> chunks = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            chunks.add(window(stream, i, 1));
        }
        return chunks;
    }

    /** A heap buffer whose remaining bytes are {@code stream[at, at + size)}, at position {@code at}. */
    static ByteBuffer window(byte[] stream, int at, int size) {
        return ByteBuffer.wrap(stream.clone(), at, size);
    }

    private static ByteBuffer direct(byte[] stream, int at, int size) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(size);
        buffer.put(stream, at, size).flip();
        return buffer;
    }

    /** Describes the sizes, for a failure message: "[3, 1, 7, ...]". */
    static String sizes(List<ByteBuffer> chunks) {
        List<Integer> sizes = new ArrayList<>();
        for (ByteBuffer chunk : chunks.subList(0, Math.min(chunks.size(), 12))) {
            sizes.add(chunk.remaining());
        }
        return sizes + (chunks.size() > 12 ? " and " + (chunks.size() - 12) + " more" : "");
    }
}
