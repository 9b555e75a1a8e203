package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;

/**
 * Exercise nonblocking-1: read a line within an overall deadline.
 *
 * <p>{@link Socket#setSoTimeout(int)} limits each single read. A peer that sends one byte just
 * before every timeout keeps such a reader busy for ever. This reader gives a whole line one
 * budget of time instead.
 *
 * <p>Read first: {@code docs/target/site/nonblocking.html#nonblocking-1}.
 */
public final class DeadlineLineReader {
    private final Socket socket;
    private final InputStream in;

    /** Reads lines from {@code socket}, a connected socket that stays the caller's to close. */
    public DeadlineLineReader(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    /**
     * Returns the next line.
     *
     * <p>The contract:
     * <ul>
     *   <li>A line ends with LF ({@code '\n'}); it is returned decoded as UTF-8, without its LF.</li>
     *   <li>The whole line must arrive within {@code timeout}, counted from this call. Once that
     *       time has passed, throw {@link java.net.SocketTimeoutException}, even while the peer
     *       is still sending a byte now and then.</li>
     *   <li>No read waits past the deadline: after a byte that came just before it, the next read
     *       may wait only what is left.</li>
     *   <li>A line that arrives in time is returned, however many reads it takes and wherever
     *       those reads split its bytes (a UTF-8 character included).</li>
     *   <li>Bytes after the line's LF belong to the next lines: keep them for the next calls.</li>
     *   <li>At the end of the stream, return {@code null} if no byte of a new line has arrived.</li>
     *   <li>If the stream ends inside a line, throw {@link java.io.EOFException}.</li>
     *   <li>The socket's read timeout ({@code SO_TIMEOUT}) is the same after the call as before
     *       it, whether the call returns or throws.</li>
     *   <li>A {@code timeout} that is zero or negative is refused with an
     *       {@link IllegalArgumentException}.</li>
     * </ul>
     */
    public String readLine(Duration timeout) throws IOException {
        throw new UnsupportedOperationException("TODO nonblocking-1: give each read only what is left of the line's deadline");
    }
}
