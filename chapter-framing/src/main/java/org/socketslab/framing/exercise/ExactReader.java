package org.socketslab.framing.exercise;

import java.io.IOException;
import java.io.InputStream;

/**
 * Exercise framing-1: read exactly {@code n} bytes from a stream, however they arrive.
 *
 * <p>Read first: {@code docs/target/site/framing.html#framing-1}.
 */
public final class ExactReader {
    private ExactReader() {
    }

    /**
     * Reads exactly {@code n} bytes from {@code in} and returns them.
     *
     * <p>The contract:
     * <ul>
     *   <li>One {@code read} may return fewer bytes than asked for: keep reading until {@code n}
     *       bytes have arrived. Do not use {@code available()}: on a socket it only says what
     *       happens to be buffered already, often 0.</li>
     *   <li>Read no byte past the {@code n}-th: what follows belongs to the next message, and the
     *       caller reads it from the same stream.</li>
     *   <li>If the stream ends first, throw {@link java.io.EOFException}.</li>
     *   <li>That exception's message says how many of the {@code n} bytes arrived, e.g. "stream
     *       ended after 3 of 10 bytes".</li>
     *   <li>{@code n == 0} returns an empty array, and takes nothing from the stream.</li>
     *   <li>A negative {@code n} throws {@link IllegalArgumentException}.</li>
     *   <li>Other {@link IOException}s (a reset, a timeout) propagate unchanged.</li>
     * </ul>
     *
     * <p>Write the loop over {@code read(buffer, offset, length)} yourself: this exercise is about
     * what {@code readNBytes} and {@code DataInputStream.readFully} do for you.
     */
    public static byte[] readExactly(InputStream in, int n) throws IOException {
        throw new UnsupportedOperationException("TODO framing-1: loop over read() until n bytes have arrived");
    }
}
