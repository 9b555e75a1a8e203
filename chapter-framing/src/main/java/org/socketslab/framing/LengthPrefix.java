package org.socketslab.framing;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.ByteBuffer;

/** Length-prefixed framing: each message is a 4-byte big-endian length, then that many bytes. */
public final class LengthPrefix {
    /** Large enough for the examples' messages, small enough that a hostile peer cannot exhaust memory. */
    public static final int DEFAULT_MAX_FRAME = 1 << 20;

    private LengthPrefix() {
    }

    // tag::write-frame[]
    /** Writes one frame; buffer {@code out}, so that prefix and payload leave in one write. */
    public static void write(DataOutputStream out, byte[] payload, int maxLength) throws IOException {
        if (payload.length > maxLength) {
            throw new FrameTooLargeException(payload.length, maxLength); // the peer would refuse it
        }
        out.writeInt(payload.length); // 4 bytes, most significant first: big-endian
        out.write(payload);
        out.flush();
    }
    // end::write-frame[]

    // tag::read-frame[]
    /**
     * Reads one frame. Returns {@code null} if the stream ends cleanly before a new frame; throws
     * {@link EOFException} if it ends inside one, and {@link ProtocolException} for a length that
     * is negative or larger than {@code maxLength}.
     */
    public static byte[] read(InputStream in, int maxLength) throws IOException {
        byte[] prefix = in.readNBytes(4); // loops over read(): 4 bytes, or fewer at the end
        if (prefix.length == 0) {
            return null; // the peer finished between two frames: a clean end
        }
        if (prefix.length < 4) {
            throw new EOFException("stream ended after " + prefix.length + " of 4 length bytes");
        }
        int length = ByteBuffer.wrap(prefix).getInt(); // big-endian unless told otherwise
        // Check before allocating: the peer chose this number, and may be broken or hostile.
        if (length < 0) {
            throw new ProtocolException("negative frame length " + length);
        }
        if (length > maxLength) {
            throw new FrameTooLargeException(length, maxLength);
        }
        byte[] payload = in.readNBytes(length); // short only at end of stream
        if (payload.length < length) {
            throw new EOFException("stream ended after " + payload.length + " of " + length
                    + " payload bytes");
        }
        return payload;
    }
    // end::read-frame[]
}
