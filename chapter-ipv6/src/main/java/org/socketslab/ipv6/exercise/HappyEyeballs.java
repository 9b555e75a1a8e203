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
     * The order to try {@code addresses} in (RFC 8305, section 4).
     *
     * <p>The contract:
     * <ul>
     *   <li>Families alternate, IPv6 first: the first IPv6 address, then the first IPv4 address,
     *       then the second IPv6 address, and so on; within a family the given order is
     *       kept.</li>
     *   <li>When one family runs out, the rest of the other follows.</li>
     *   <li>It returns a new list; the argument is not changed.</li>
     * </ul>
     */
    public static List<InetSocketAddress> order(List<InetSocketAddress> addresses) {
        throw new UnsupportedOperationException("TODO ipv6-4: split by family, then interleave, IPv6 first");
    }

    /**
     * Connects to the first of {@code addresses} that answers.
     *
     * <p>The contract:
     * <ul>
     *   <li>An empty list throws {@link IllegalArgumentException}.</li>
     *   <li>Attempts start in the order that {@code order} gives, one at a time.</li>
     *   <li>The first attempt starts at once, and each next one when {@code stagger} (the
     *       argument, whatever its value) has passed since the previous one started.</li>
     *   <li>The next attempt starts at once, without waiting for the stagger, when every attempt
     *       started so far has failed.</li>
     *   <li>Earlier attempts keep running while later ones start: a slow address that answers
     *       after the stagger can still win.</li>
     *   <li>Each attempt connects with {@code connectTimeout} of its own, counted from its own
     *       start.</li>
     *   <li>The first attempt that connects wins: its socket is returned.</li>
     *   <li>Before this method returns, every other attempt is closed (those still connecting,
     *       and any that connected too).</li>
     *   <li>Before this method returns, every thread it started has ended.</li>
     *   <li>It does not interrupt a calling thread that was not interrupted.</li>
     *   <li>If every attempt fails, it throws an {@link IOException} whose message names how
     *       many addresses were tried.</li>
     *   <li>That exception carries each attempt's exception as suppressed, in the order the
     *       attempts were tried. Nothing is left open then either.</li>
     * </ul>
     */
    public static Socket connect(List<InetSocketAddress> addresses, Duration stagger, Duration connectTimeout)
            throws IOException {
        throw new UnsupportedOperationException("TODO ipv6-4: start the attempts staggered, keep the first to connect, close the rest");
    }
}
