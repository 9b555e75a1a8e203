package org.socketslab.framing.exercise;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import org.socketslab.framing.FrameTooLargeException;

/** Exercise framing-2, a classic mistake. */
public final class FrameCodec {
    private FrameCodec() {
    }

    public static void writeFrame(OutputStream out, byte[] payload, int maxLength) throws IOException {
        if (payload.length > maxLength) {
            throw new FrameTooLargeException(payload.length, maxLength);
        }
        // One write for prefix and payload: two small writes could leave as two segments (see Nagle).
        ByteBuffer frame = ByteBuffer.allocate(4 + payload.length); // big-endian by default
        frame.putInt(payload.length).put(payload);
        out.write(frame.array()); // Mistake: never flushes; behind a BufferedOutputStream the frame waits for ever.
        // Breaks: Flushes out before returning.
    }

    public static byte[] readFrame(InputStream in, int maxLength) throws IOException {
        byte[] prefix = new byte[4];
        int got = in.readNBytes(prefix, 0, 4);
        if (got == 0) {
            return null;
        }
        if (got < 4) {
            throw new EOFException("stream ended after " + got + " of 4 length bytes");
        }
        int length = ByteBuffer.wrap(prefix).getInt();
        if (length < 0) {
            throw new ProtocolException("negative frame length " + length);
        }
        if (length > maxLength) {
            throw new FrameTooLargeException(length, maxLength);
        }
        byte[] payload = new byte[length]; // safe now: at most maxLength
        int read = in.readNBytes(payload, 0, length);
        if (read < length) {
            throw new EOFException("stream ended after " + read + " of " + length + " payload bytes");
        }
        return payload;
    }
}
