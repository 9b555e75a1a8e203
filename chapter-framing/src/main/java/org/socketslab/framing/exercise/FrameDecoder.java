package org.socketslab.framing.exercise;

import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Exercise framing-4: an incremental decoder of length-prefixed frames, for non-blocking code
 * that gets the stream in whatever chunks {@code SocketChannel.read} happens to return.
 *
 * <p>Frames are as in framing-2: a 4-byte big-endian length, then that many bytes.
 *
 * <p>Read first: {@code docs/target/site/framing.html#framing-4}.
 */
public final class FrameDecoder {
    private final int maxFrameLength;

    /** A decoder for one connection's stream, accepting frames of at most {@code maxFrameLength} bytes. */
    public FrameDecoder(int maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    /**
     * Takes the next chunk of the stream and returns the frames it completes.
     *
     * <p>The contract:
     * <ul>
     *   <li>Consumes every remaining byte of {@code chunk}, from its position to its limit (its
     *       position ends at its limit).</li>
     *   <li>The chunk may be a heap or a direct buffer, and its position need not be 0.</li>
     *   <li>Keep no reference to it: the caller reuses it for the next read.</li>
     *   <li>Returns the payloads of the frames this chunk completes, in order: none, one or many.</li>
     *   <li>Keeps the bytes of an unfinished frame for the next call, <em>including</em> a length
     *       prefix that has only partly arrived: a chunk can end anywhere, even after 1 byte.</li>
     *   <li>As soon as a frame's 4 length bytes are known, checks the length, before allocating
     *       anything for the payload.</li>
     *   <li>A negative length throws {@link ProtocolException}.</li>
     *   <li>A length over {@code maxFrameLength} throws
     *       {@link org.socketslab.framing.FrameTooLargeException}, whose message gives the length.</li>
     *   <li>A frame of exactly {@code maxFrameLength} bytes is decoded.</li>
     * </ul>
     *
     * <p>After a length is refused the connection is broken: the decoder need not be usable any
     * more.
     */
    public List<byte[]> feed(ByteBuffer chunk) throws ProtocolException {
        throw new UnsupportedOperationException("TODO framing-4: add the chunk to what you hold, then cut out every whole frame");
    }

    /**
     * How many bytes of an unfinished frame the decoder holds. At the end of the stream, anything
     * but 0 means the last frame was cut short.
     *
     * <p>The contract:
     * <ul>
     *   <li>Counts the bytes of the unfinished frame, its length bytes included.</li>
     *   <li>Returns 0 when every byte fed so far belonged to a frame already returned.</li>
     * </ul>
     */
    public int pendingBytes() {
        throw new UnsupportedOperationException("TODO framing-4: count the bytes kept for the next frame");
    }
}
