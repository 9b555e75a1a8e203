package org.socketslab.framing.exercise;

import java.io.IOException;
import java.io.InputStream;

/**
 * Exercise framing-3: newline-delimited lines with a maximum length, read safely from a stream.
 *
 * <p>Read first: {@code docs/target/site/framing.html#framing-3}.
 */
public final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;

    /**
     * A reader of the lines in {@code in}, each at most {@code maxLineBytes} bytes long. The
     * reader owns the stream from now on: it may read ahead into a buffer of its own, so read
     * everything through it.
     */
    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Returns the next line.
     *
     * <p>The contract:
     * <ul>
     *   <li>A line ends at {@code '\n'}; it is returned without its line end, decoded as UTF-8.</li>
     *   <li>A {@code '\r'} right before that {@code '\n'} is part of the line end and is dropped
     *       too (so both LF and CRLF work).</li>
     *   <li>A {@code '\r'} anywhere else is data and stays in the line.</li>
     *   <li>A line may have at most {@code maxLineBytes} bytes, counted in UTF-8 before decoding and
     *       not counting its line end: a line of exactly {@code maxLineBytes} bytes is returned.</li>
     *   <li>A longer line throws {@link java.net.ProtocolException}, whose message gives the
     *       maximum.</li>
     *   <li>It throws as soon as the limit is passed: never keep more than about
     *       {@code maxLineBytes} bytes of one line, however long the peer goes on sending.</li>
     *   <li>Decode a line only once it is complete: a character's bytes may arrive in different reads.</li>
     *   <li>Returns {@code null} if the stream ends before the first byte of a line (a clean end).</li>
     *   <li>If it ends inside a line, throws {@link java.io.EOFException} saying how many bytes of
     *       the unfinished line arrived.</li>
     *   <li>Other {@link IOException}s (a reset, a timeout) propagate unchanged, wherever they
     *       happen, between two lines included.</li>
     * </ul>
     */
    public String readLine() throws IOException {
        throw new UnsupportedOperationException("TODO framing-3: read bytes up to '\\n', at most maxLineBytes of them");
    }
}
