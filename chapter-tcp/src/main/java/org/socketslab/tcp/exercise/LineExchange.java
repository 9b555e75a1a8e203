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
     *   <li>Connect with a 5 s connect timeout and a 5 s read timeout.</li>
     *   <li>Send all the lines first, each followed by {@code '\n'}, encoded as UTF-8, in one
     *       write (pipelining saves a round trip per line).</li>
     *   <li>Then read exactly one reply line per request line, decoded as UTF-8, without its
     *       {@code '\n'}. A reply may arrive in many pieces, and several replies may arrive in
     *       one piece: TCP keeps no message boundaries.</li>
     *   <li>If the server closes the connection before every reply has arrived, throw
     *       {@link java.io.EOFException} with a message that says how many replies did arrive.</li>
     *   <li>The socket is closed when the method returns or throws.</li>
     * </ul>
     *
     * @return the replies, in the order of the lines
     */
    public static List<String> exchange(InetSocketAddress server, List<String> lines) throws IOException {
        throw new UnsupportedOperationException("TODO tcp-2: send the lines, then read one whole reply line per line");
    }
}
