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
        new java.io.DataOutputStream(out).writeInt(payload.length); // Mistake: writes the length before checking it; a refused frame leaves 4 bytes behind.
        // Breaks: before anything is written
        if (payload.length > maxLength) {
            throw new FrameTooLargeException(payload.length, maxLength);
        }
        out.write(payload);
        out.flush();
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
