package org.socketslab.ipv6.exercise;

import java.io.IOException;

/**
 * Exercise ipv6-3: one listening socket for IPv4 and IPv6 clients, which tells each client how it
 * sees it: its address family, address and port.
 *
 * <p>Read first: {@code docs/target/site/ipv6.html#ipv6-3}.
 */
public final class DualStackServer implements AutoCloseable {

    /**
     * Binds one listening socket to the IPv6 wildcard address {@code ::} and {@code port}, and
     * starts serving in the background.
     *
     * <p>The contract:
     * <ul>
     *   <li>{@code start} returns once the port is bound, {@code port} or, when it is 0, any free
     *       port; {@code port()} then returns it. Clients are accepted in the background.</li>
     *   <li>If the port cannot be bound, {@code start} throws the {@link IOException} and leaves
     *       no socket open.</li>
     *   <li>IPv4 clients (127.0.0.1) and IPv6 clients (::1) connect to the same socket and
     *       port.</li>
     *   <li>To every client the server writes exactly one line, US-ASCII, ending in
     *       {@code '\n'} alone: {@code FAMILY ADDRESS PORT}, for example
     *       {@code IPv4 127.0.0.1 51234} or {@code IPv6 0:0:0:0:0:0:0:1 51236}. Then it closes
     *       that connection. It reads nothing.</li>
     *   <li>{@code FAMILY} is {@code IPv4} or {@code IPv6} according to the client's real
     *       family.</li>
     *   <li>{@code ADDRESS} is {@link java.net.InetAddress#getHostAddress() getHostAddress()} of the client's
     *       address.</li>
     *   <li>{@code PORT} is the client's port, not the server's.</li>
     *   <li>A client that resets or vanishes does not stop the server: the next client is
     *       served.</li>
     *   <li>{@code close()} stops accepting and returns only once the port is free.</li>
     *   <li>{@code close()} returns only once every thread the server started has ended.</li>
     * </ul>
     *
     * @throws IOException if the port cannot be bound (taken, or no IPv6 on this machine)
     */
    public static DualStackServer start(int port) throws IOException {
        throw new UnsupportedOperationException("TODO ipv6-3: bind :: and start the accept thread");
    }

    /** The bound port (useful after binding port 0). */
    public int port() {
        throw new UnsupportedOperationException("TODO ipv6-3: return the bound port");
    }

    /** Stops the server: no more accepts, the port freed, every thread ended. */
    @Override
    public void close() throws IOException {
        throw new UnsupportedOperationException("TODO ipv6-3: close the listening socket and join the accept thread");
    }
}
