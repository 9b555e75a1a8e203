package org.socketslab.udp.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Exercise udp-1: request and reply over UDP, with a timeout, retries and request ids.
 *
 * <p>Read first: {@code docs/target/site/udp.html#udp-1}.
 *
 * <p>The protocol: a request is one datagram, a 4-byte big-endian request id followed by the
 * payload; the server answers with one datagram, the same 4-byte id followed by the answer.
 * Either datagram may be lost, duplicated or delayed on the way.
 */
public final class RequestClient implements AutoCloseable {
    /** Bytes of the request id at the start of every request and reply. */
    public static final int ID_BYTES = 4;
    /** The largest UDP payload over IPv4; a payload may use all of it but the id. */
    public static final int MAX_DATAGRAM = 65_507;

    /**
     * Opens a client for the server at {@code server}.
     *
     * <p>The contract:
     * <ul>
     *   <li>{@code firstTimeout} must be positive and {@code maxAttempts} at least 1; otherwise
     *       throw {@link IllegalArgumentException}.</li>
     *   <li>Open one {@link java.net.DatagramSocket} on any free local port and keep it for every
     *       request of this client.</li>
     * </ul>
     *
     * @param server       where requests go, and the only address a reply may come from
     * @param firstTimeout how long the first attempt waits for its reply; each retry waits twice as
     *                     long as the attempt before it
     * @param maxAttempts  how many times one request is sent at most, the first time included
     */
    public RequestClient(InetSocketAddress server, Duration firstTimeout, int maxAttempts) throws IOException {
        throw new UnsupportedOperationException("TODO udp-1: check the settings and open the socket");
    }

    /**
     * Sends one request and returns the server's answer to it.
     *
     * <p>The contract:
     * <ul>
     *   <li>A payload longer than {@code MAX_DATAGRAM - ID_BYTES} throws {@link IllegalArgumentException}.</li>
     *   <li>Every request gets an id that no earlier request of this client used; every attempt
     *       of one request carries that same id.</li>
     *   <li>Attempt 1 waits at most {@code firstTimeout} for the answer, attempt 2 twice that,
     *       attempt 3 four times that, and so on; when an attempt's time is up, the request is
     *       sent again, up to {@code maxAttempts} attempts in all.</li>
     *   <li>The answer is the first datagram from the server's address, at least
     *       {@link #ID_BYTES} long, that carries this request's id (a reply to any attempt of it).
     *       Ignore every other datagram: a late or duplicated reply to an earlier request, one
     *       too short to hold an id, one from another address. Ignoring one does not give the
     *       attempt more time: its deadline stays where it was.</li>
     *   <li>After the last attempt's time is up, throw {@link java.net.SocketTimeoutException}
     *       saying how many attempts were made.</li>
     * </ul>
     *
     * @return the answer's bytes after the id
     */
    public byte[] request(byte[] payload) throws IOException {
        throw new UnsupportedOperationException("TODO udp-1: send with an id, wait with a deadline, retry with backoff");
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
        throw new UnsupportedOperationException("TODO udp-1: close the socket");
    }
}
