package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * Exercise options-3: several listeners on one port, sharing its connections with
 * {@code SO_REUSEPORT}.
 *
 * <p>Read first: {@code docs/target/site/options.html#options-3}.
 */
public final class SharedPortListeners {
    private SharedPortListeners() {
    }

    /**
     * Opens {@code count} listening sockets on one address and port, among which the kernel
     * spreads the incoming connections. The caller has checked that the platform supports
     * {@link java.net.StandardSocketOptions#SO_REUSEPORT}, and closes the listeners.
     *
     * <p>The contract:
     * <ul>
     *   <li>It returns {@code count} distinct listening sockets; a {@code count} of 1 is allowed.</li>
     *   <li>Every listener is bound to {@code address}, not to the wildcard address.</li>
     *   <li>A {@code port} other than 0 is the port every listener is bound to.</li>
     *   <li>When {@code port} is 0, every listener is bound to the port the first listener was
     *       given.</li>
     *   <li>Every listener has {@code SO_REUSEPORT} on, set before it is bound, so any later
     *       listener with the option can join them on that port.</li>
     *   <li>Each listener accepts a share of the connections made to the port.</li>
     *   <li>If a listener cannot be bound (the port is taken by a socket without
     *       {@code SO_REUSEPORT}), {@code listen} throws the {@link IOException} and leaves no
     *       socket open.</li>
     *   <li>A {@code count} under 1 (0 or negative) is refused with
     *       {@link IllegalArgumentException}.</li>
     * </ul>
     *
     * @return the listeners, all bound
     */
    public static List<ServerSocket> listen(InetAddress address, int port, int count) throws IOException {
        throw new UnsupportedOperationException("TODO options-3: open count listeners on one port with SO_REUSEPORT");
    }
}
