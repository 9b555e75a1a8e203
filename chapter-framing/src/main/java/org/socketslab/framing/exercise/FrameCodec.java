package org.socketslab.framing.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Exercise framing-2: length-prefixed frames on a stream, safe against hostile lengths.
 *
 * <p>A frame is a 4-byte length in big-endian byte order (most significant byte first, "network
 * order"), followed by that many bytes of payload.
 *
 * <p>Read first: {@code docs/target/site/framing.html#framing-2}.
 */
public final class FrameCodec {
    private FrameCodec() {
    }

    /**
     * Writes {@code payload} as one frame.
     *
     * <p>The contract:
     * <ul>
     *   <li>Writes the payload's length as 4 bytes, big-endian, then the payload.</li>
     *   <li>A payload longer than {@code maxLength} throws
     *       {@link org.socketslab.framing.FrameTooLargeException} before anything is written.</li>
     *   <li>A payload of exactly {@code maxLength} bytes is written.</li>
     *   <li>Flushes {@code out} before returning.</li>
     * </ul>
     */
    public static void writeFrame(OutputStream out, byte[] payload, int maxLength) throws IOException {
        throw new UnsupportedOperationException("TODO framing-2: write a 4-byte big-endian length, then the payload");
    }

    /**
     * Reads one frame and returns its payload.
     *
     * <p>The contract:
     * <ul>
     *   <li>Reads the 4-byte big-endian length and then exactly that many bytes, however the stream
     *       splits them (your {@link ExactReader} from framing-1, {@code readNBytes} or
     *       {@code DataInputStream.readFully} all do).</li>
     *   <li>The length comes from the peer, who may be broken or hostile: check it <em>before</em>
     *       allocating anything for the payload.</li>
     *   <li>A negative length throws {@link java.net.ProtocolException} whose message gives the
     *       length.</li>
     *   <li>A length over {@code maxLength} throws
     *       {@link org.socketslab.framing.FrameTooLargeException}.</li>
     *   <li>A frame of exactly {@code maxLength} bytes is read.</li>
     *   <li>Returns {@code null} if the stream ends cleanly before the first byte of a frame.</li>
     *   <li>If the stream ends inside a frame, throws {@link java.io.EOFException} saying how many
     *       bytes of the length or of the payload arrived, of how many.</li>
     *   <li>Reads no byte past the frame's end.</li>
     *   <li>Other {@link IOException}s (a reset anywhere in a frame, its length included) propagate
     *       unchanged.</li>
     * </ul>
     */
    public static byte[] readFrame(InputStream in, int maxLength) throws IOException {
        throw new UnsupportedOperationException("TODO framing-2: read the length, check it, then read the payload");
    }
}
