package org.socketslab.tcp.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Exercise tcp-2: send a batch of lines, then read each reply line whole.
 *
 * <p>Read first: {@code docs/target/site/tcp.html#tcp-2}.
 */
public final class LineExchange {
    private LineExchange() {
    }

    /**
     * Sends every line to a line-based server (one reply line per request line, like the
     * chapter's echo server), then reads the replies.
     *
     * <p>The contract:
     * <ul>
     *   <li>A line containing {@code '\n'} or {@code '\r'} throws {@link IllegalArgumentException}
     *       before anything is sent.</li>
     *   <li>Connect with a 5 s connect timeout and a 5 s read timeout. (Not graded: telling 5 s
     *       from no limit takes a test that waits 5 s; the non-blocking chapter grades timeouts
     *       with short ones.)</li>
     *   <li>Send every line followed by {@code '\n'}, encoded as UTF-8.</li>
     *   <li>Then read exactly one reply line per request line, without its {@code '\n'}, however
     *       the replies are split into pieces or merged into one: TCP keeps no message boundaries.</li>
     *   <li>Decode the replies as UTF-8, even where a piece ends inside a character.</li>
     *   <li>If the server closes the connection before every reply has arrived, throw
     *       {@link java.io.EOFException} with a message that says how many replies did arrive.</li>
     *   <li>The socket is closed when the method returns or throws.</li>
     * </ul>
     *
     * <p>Send all the lines before reading the first reply, in one write if you can: pipelining
     * saves a round trip per line.
     *
     * @return the replies, in the order of the lines
     */
    public static List<String> exchange(InetSocketAddress server, List<String> lines) throws IOException {
        throw new UnsupportedOperationException("TODO tcp-2: send the lines, then read one whole reply line per line");
    }
}
