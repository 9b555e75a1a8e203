package org.socketslab.framing.exercise;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.socketslab.framing.FrameTooLargeException;

/** Exercise framing-4, a classic mistake. */
public final class FrameDecoder {
    private static final int INITIAL_CAPACITY = 4096;

    private final int maxFrameLength;
    /** Bytes received and not yet returned, in write mode between calls: position = bytes held. */
    private ByteBuffer pending;

    public FrameDecoder(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
        this.pending = ByteBuffer.allocate((int) Math.min(INITIAL_CAPACITY, 4L + maxFrameLength));
    }

    public List<byte[]> feed(ByteBuffer chunk) throws ProtocolException {
        List<byte[]> frames = new ArrayList<>();
        while (chunk.hasRemaining()) {
            int n = Math.min(pending.remaining(), chunk.remaining());
            pending.put(chunk.slice().limit(n)); // copy what fits; the chunk's buffer is the caller's
            chunk.position(chunk.position() + n);
            pending.flip(); // to read mode: from the first byte held to the last
            int needed = cutFrames(frames);
            pending.compact(); // keep the unfinished frame, back to write mode
            if (needed > pending.capacity()) { // a checked length that needs more room: grow once
                ByteBuffer bigger = ByteBuffer.allocate(needed);
                pending.flip();
                bigger.put(pending);
                pending = bigger;
            }
        }
        return frames;
    }

    /** Moves every whole frame in {@code pending} to {@code frames}; returns the size the next one needs. */
    private int cutFrames(List<byte[]> frames) throws ProtocolException {
        while (pending.remaining() >= 4) {
            int length = pending.getInt(pending.position()); // peek: absolute get, position unchanged
            if (length < 0) {
                throw new ProtocolException("negative frame length " + length);
            }
            if (length > maxFrameLength) {
                throw new FrameTooLargeException(length, maxFrameLength);
            }
            if (pending.remaining() < 4 + length) {
                return 4 + length;
            }
            pending.position(pending.position() + 4);
            byte[] frame = new byte[length];
            pending.get(frame);
            frames.add(frame);
        }
        return 4;
    }

    public int pendingBytes() {
        return Math.max(0, pending.position() - 4); // Mistake: leaves the length bytes out of the count.
        // Breaks: its length bytes included
    }
}
