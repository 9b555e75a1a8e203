package org.socketslab.ipv6.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/**
 * Exercise ipv6-4: happy eyeballs, simplified from RFC 8305. Given several addresses of one
 * server, try IPv6 first, start the next attempt after a short stagger instead of waiting for a
 * hung one, keep the first connection that succeeds and close all the others.
 *
 * <p>Read first: {@code docs/target/site/ipv6.html#ipv6-4}.
 */
public final class HappyEyeballs {
    private HappyEyeballs() {
    }

    /**
     * The order to try {@code addresses} in: families alternating, IPv6 first (RFC 8305, section
     * 4). The first IPv6 address, then the first IPv4 address, then the second IPv6 address, and
     * so on; when one family runs out, the rest of the other follows. Within a family the given
     * order is kept. Returns a new list; the argument is not changed.
     */
    public static List<InetSocketAddress> order(List<InetSocketAddress> addresses) {
        throw new UnsupportedOperationException("TODO ipv6-4: split by family, then interleave, IPv6 first");
    }

    /**
     * Connects to the first of {@code addresses} that answers. The contract:
     * <ul>
     *   <li>An empty list throws {@link IllegalArgumentException}.</li>
     *   <li>Attempts start in {@link #order} order, one at a time: the first at once, each next
     *       one when {@code stagger} has passed since the previous one started, or at once when
     *       every attempt started so far has failed. Earlier attempts keep running meanwhile.</li>
     *   <li>Each attempt connects with {@code connectTimeout}.</li>
     *   <li>The first attempt that connects wins: its socket is returned. Before this method
     *       returns, every other attempt is closed (those still connecting, and any that
     *       connected too) and every thread it started has ended.</li>
     *   <li>If every attempt fails, throw an {@link IOException} that names how many addresses
     *       were tried, with each attempt's exception added as suppressed, in the order tried.
     *       Nothing is left open then either.</li>
     * </ul>
     */
    public static Socket connect(List<InetSocketAddress> addresses, Duration stagger, Duration connectTimeout)
            throws IOException {
        throw new UnsupportedOperationException("TODO ipv6-4: start the attempts staggered, keep the first to connect, close the rest");
    }
}
