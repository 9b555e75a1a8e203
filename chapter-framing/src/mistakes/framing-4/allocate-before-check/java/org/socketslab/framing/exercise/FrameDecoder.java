package org.socketslab.framing.exercise;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.socketslab.framing.FrameTooLargeException;

/** Exercise framing-4, a classic mistake. */
public final class FrameDecoder {
    private final int maxFrameLength;
    private final ByteBuffer prefix = ByteBuffer.allocate(4);
    private byte[] payload; // null while waiting for a length
    private int filled;

    public FrameDecoder(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    public List<byte[]> feed(ByteBuffer chunk) throws ProtocolException {
        List<byte[]> frames = new ArrayList<>();
        while (chunk.hasRemaining()) {
            if (payload == null) {
                while (prefix.hasRemaining() && chunk.hasRemaining()) {
                    prefix.put(chunk.get());
                }
                if (prefix.hasRemaining()) {
                    break;
                }
                int length = prefix.getInt(0);
                if (length < 0) {
                    throw new ProtocolException("negative frame length " + length);
                }
                // Mistake: allocates the announced length first and checks it against the maximum afterwards.
                // Breaks: checks the length, before allocating anything for the payload
                payload = new byte[length];
                if (length > maxFrameLength) {
                    throw new FrameTooLargeException(length, maxFrameLength);
                }
                prefix.clear();
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
        return payload == null ? prefix.position() : 4 + filled;
    }
}
