package org.socketslab.tcp.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Exercise tcp-4: end a request with a half-close, then read the whole reply.
 *
 * <p>Read first: {@code docs/target/site/tcp.html#tcp-4}.
 */
public final class HalfCloseClient {
    private HalfCloseClient() {
    }

    /**
     * Sends {@code request} to a server that reads until end of stream before it answers, and
     * returns the server's whole answer.
     *
     * <p>The contract:
     * <ul>
     *   <li>Connect with a 5 s connect timeout and a 5 s read timeout. (Not graded: telling 5 s
     *       from no limit takes a test that waits 5 s; the non-blocking chapter grades timeouts
     *       with short ones.)</li>
     *   <li>Write every byte of {@code request}.</li>
     *   <li>An empty request still connects, tells the server the request is complete and reads
     *       the answer.</li>
     *   <li>Tell the server the request is complete by shutting down the output side only
     *       ({@link java.net.Socket#shutdownOutput()}): the server's read returns -1, while the
     *       connection stays open for the answer.</li>
     *   <li>Read the answer until the server closes its side (read returns -1) and return all of it.</li>
     *   <li>The socket is closed when the method returns or throws.</li>
     * </ul>
     *
     * @return every byte the server sent back
     */
    public static byte[] request(InetSocketAddress server, byte[] request) throws IOException {
        throw new UnsupportedOperationException("TODO tcp-4: write, shutdownOutput(), then read the answer to the end");
    }
}
