package org.socketslab.udp.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Exercise udp-4: a UDP client with a connected socket, which hears when nothing listens and
 * only ever hears from its server.
 *
 * <p>Read first: {@code docs/target/site/udp.html#udp-4}.
 */
public final class ConnectedClient implements AutoCloseable {
    /** The largest UDP payload over IPv4: no reply can be longer. */
    public static final int MAX_DATAGRAM = 65_507;

    /**
     * Opens a client for the server at {@code server}.
     *
     * <p>The contract:
     * <ul>
     *   <li>Open a {@link java.net.DatagramSocket} on any free local port and <em>connect</em> it
     *       to {@code server} ({@link java.net.DatagramSocket#connect(java.net.SocketAddress)}).</li>
     *   <li>A receive waits at most {@code replyTimeout}.</li>
     *   <li>If the socket cannot be connected (an unresolved address, say), throw the
     *       {@link IOException} and leave no socket open.</li>
     * </ul>
     */
    public ConnectedClient(InetSocketAddress server, Duration replyTimeout) throws IOException {
        throw new UnsupportedOperationException("TODO udp-4: open a socket and connect it to the server");
    }

    /**
     * Sends {@code payload} as one datagram to the server and returns the server's reply datagram.
     *
     * <p>The contract:
     * <ul>
     *   <li>Returns exactly the bytes of the first datagram that comes from the server (up to
     *       {@link #MAX_DATAGRAM} bytes), nothing more.</li>
     *   <li>A datagram from any other address is never returned.</li>
     *   <li>If nothing listens at the server's port, throw {@link java.net.PortUnreachableException}
     *       as soon as the system reports it, long before the reply timeout.</li>
     *   <li>If the server is there but does not answer within the reply timeout, throw
     *       {@link java.net.SocketTimeoutException}.</li>
     * </ul>
     */
    public byte[] request(byte[] payload) throws IOException {
        throw new UnsupportedOperationException("TODO udp-4: send on the connected socket, receive the reply");
    }

    /**
     * Closes the client.
     *
     * <p>The contract:
     * <ul>
     *   <li>{@code close()} closes the client's socket before it returns.</li>
     * </ul>
     */
    @Override
    public void close() {
        throw new UnsupportedOperationException("TODO udp-4: close the socket");
    }
}
