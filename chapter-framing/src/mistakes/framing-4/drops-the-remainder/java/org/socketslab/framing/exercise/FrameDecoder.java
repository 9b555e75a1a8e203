package org.socketslab.framing.exercise;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.socketslab.framing.FrameTooLargeException;

/** Exercise framing-4, a classic mistake. */
public final class FrameDecoder {
    private final int maxFrameLength;

    public FrameDecoder(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    public List<byte[]> feed(ByteBuffer chunk) throws ProtocolException {
        List<byte[]> frames = new ArrayList<>();
        while (chunk.remaining() >= 4) {
            int length = chunk.getInt();
            if (length < 0) {
                throw new ProtocolException("negative frame length " + length);
            }
            if (length > maxFrameLength) {
                throw new FrameTooLargeException(length, maxFrameLength);
            }
            if (chunk.remaining() < length) {
                break;
            }
            byte[] frame = new byte[length];
            chunk.get(frame);
            frames.add(frame);
        }
        // Mistake: treats each chunk as whole frames; the start of a frame that the next chunk completes is thrown away.
        // Breaks: Keeps the bytes of an unfinished frame for the next call
        chunk.position(chunk.limit());
        return frames;
    }

    public int pendingBytes() {
        return 0;
    }
}
