package org.socketslab.udp.exercise;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/**
 * Exercise udp-2: receive whole datagrams, and refuse the ones that are too large instead of
 * cutting them silently.
 *
 * <p>Read first: {@code docs/target/site/udp.html#udp-2}.
 */
public final class BoundedReceiver {
    /** The largest UDP payload over IPv4. */
    public static final int MAX_UDP_PAYLOAD = 65_507;

    /**
     * Receives datagrams on {@code socket} (already bound, and with whatever receive timeout the
     * caller set), accepting datagrams of up to {@code maxBytes} bytes.
     *
     * <p>The contract:
     * <ul>
     *   <li>{@code maxBytes} must be from 0 to {@link #MAX_UDP_PAYLOAD}; otherwise throw
     *       {@link IllegalArgumentException}.</li>
     *   <li>The receiver does not own the socket: it never closes it.</li>
     * </ul>
     */
    public BoundedReceiver(DatagramSocket socket, int maxBytes) {
        throw new UnsupportedOperationException("TODO udp-2: check maxBytes and keep what receive() needs");
    }

    /**
     * Waits for the next datagram and returns it whole, with its sender's address.
     *
     * <p>The contract:
     * <ul>
     *   <li>The bytes returned are exactly the datagram's bytes: as many as it carried (zero for
     *       an empty datagram), in a new array, nothing more.</li>
     *   <li>A datagram of up to {@code maxBytes} bytes is returned whole, one of exactly
     *       {@code maxBytes} bytes included.</li>
     *   <li>A datagram larger than {@code maxBytes} is never returned, not even cut down to size:
     *       throw {@link TooLargeException} with a message that gives the limit.</li>
     *   <li>After a {@link TooLargeException} the datagram is gone, and the next call receives the
     *       next datagram.</li>
     *   <li>The socket's receive timeout applies: its {@link java.net.SocketTimeoutException}
     *       passes through.</li>
     * </ul>
     */
    public Datagram receive() throws IOException {
        throw new UnsupportedOperationException("TODO udp-2: receive one datagram, refuse it if it is too large");
    }

    /** A datagram as it arrived: who sent it, and its bytes. */
    public record Datagram(InetSocketAddress sender, byte[] data) {
    }

    /** A datagram was larger than the receiver accepts. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }
}
