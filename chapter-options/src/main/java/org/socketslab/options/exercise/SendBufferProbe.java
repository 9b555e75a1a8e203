package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Exercise options-4: measure how many bytes a peer that never reads absorbs before a write
 * would block.
 *
 * <p>Read first: {@code docs/target/site/options.html#options-4}.
 */
public final class SendBufferProbe {
    private SendBufferProbe() {
    }

    /**
     * Connects to {@code peer}, a server that accepts and then never reads, and writes to it
     * until no more bytes fit.
     *
     * <p>The contract:
     * <ul>
     *   <li>Use a {@link java.nio.channels.SocketChannel} whose {@code SO_SNDBUF} is set to
     *       {@code sendBuffer} bytes.</li>
     *   <li>Never block: write in non-blocking mode.</li>
     *   <li>Keep writing until this socket's send buffer and the peer's receive buffer are full,
     *       and stop there: a write that returns 0 says so (one that accepts only part of what it
     *       was given says so too, so stopping there is just as right).</li>
     *   <li>Return the number of bytes the writes accepted: exactly what the peer will receive
     *       when it reads.</li>
     *   <li>Close the channel before returning.</li>
     *   <li>Close it gracefully: the bytes already accepted still reach the peer, followed by the
     *       end of the stream.</li>
     * </ul>
     *
     * @return the number of bytes written before a write returned 0
     */
    public static long absorb(InetSocketAddress peer, int sendBuffer) throws IOException {
        throw new UnsupportedOperationException("TODO options-4: set SO_SNDBUF, connect, write without blocking until 0");
    }
}
