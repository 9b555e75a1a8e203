package org.socketslab.framing.exercise;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.socketslab.framing.FrameTooLargeException;

/** Exercise framing-4, a classic mistake. */
public final class FrameDecoder {
    private final int maxFrameLength;
    private byte[] payload; // null while waiting for a length
    private int filled;

    public FrameDecoder(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    public List<byte[]> feed(ByteBuffer chunk) throws ProtocolException {
        List<byte[]> frames = new ArrayList<>();
        while (chunk.hasRemaining()) {
            if (payload == null) {
                // Mistake: assumes the 4 length bytes arrive in one chunk; a chunk that ends inside them breaks getInt().
                // Breaks: a length prefix that has only partly arrived
                int length = chunk.getInt();
                if (length < 0) {
                    throw new ProtocolException("negative frame length " + length);
                }
                if (length > maxFrameLength) {
                    throw new FrameTooLargeException(length, maxFrameLength);
                }
                payload = new byte[length];
                filled = 0;
            }
            int n = Math.min(payload.length - filled, chunk.remaining());
            chunk.get(payload, filled, n);
            filled += n;
            if (filled == payload.length) {
                frames.add(payload);
                payload = null;
            }
        }
        return frames;
    }

    public int pendingBytes() {
        return payload == null ? 0 : 4 + filled;
    }
}
