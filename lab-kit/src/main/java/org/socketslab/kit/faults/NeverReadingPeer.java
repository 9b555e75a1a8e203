package org.socketslab.kit.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client that connects to a server, sends it bytes, and does not read what comes back: the
 * peer that fills a server's send buffer, so that a server's writes to it return 0 (non-blocking)
 * or block (blocking), and that catches servers which then buffer without bound or stall.
 *
 * <p>It shrinks its own receive buffer (4 KiB unless set) before connecting, so that the
 * server's side fills after a few hundred KiB instead of several MiB. A writer thread, named
 * {@code never-reading-peer-<port>-writer}, sends {@code data} over and over until {@code total}
 * bytes have gone or a write fails. Once a server stops reading from it (as a careful server
 * does when output for it piles up), that thread's write blocks: {@link #awaitStalled} reports
 * it. Only when told to, with {@link #readUpTo}, does it read: for tests that check the bytes it
 * was sent were all kept. With {@link Builder#shutdownOutputWhenSent()} it half-closes after its
 * last byte, so that a server meets the end of stream while echo for it still waits (see
 * {@link SendCapacity}).
 *
 * <pre>{@code
 * try (NeverReadingPeer hog = NeverReadingPeer.to(server.address())
 *         .sending(line, 64 << 20).start()) {
 *     assertThat(hog.awaitStalled(Duration.ofMillis(300), Duration.ofSeconds(10))).isTrue();
 * }
 * }</pre>
 */
public final class NeverReadingPeer implements AutoCloseable {
    private static final int CHUNK = 64 * 1024;
    private static final Duration JOIN = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 10;

    private final Socket socket;
    private final byte[] data;
    private final long total;
    private final Workers workers;
    private final AtomicLong sent = new AtomicLong();
    /** System.nanoTime() when the write in progress began; 0 while no write is in progress. */
    private volatile long writingSince;
    private final boolean shutdownOutputWhenSent;
    private volatile boolean finished;
    private volatile IOException failure;
    private volatile boolean endOfStream;

    private NeverReadingPeer(Socket socket, byte[] data, long total, boolean shutdownOutputWhenSent) {
        this.socket = socket;
        this.data = data;
        this.total = total;
        this.shutdownOutputWhenSent = shutdownOutputWhenSent;
        this.workers = new Workers("never-reading-peer-" + socket.getLocalPort());
    }

    /** Starts configuring a peer that will connect to {@code server}, a loopback address. */
    public static Builder to(InetSocketAddress server) {
        return new Builder(Loopback.requireLoopback(server));
    }

    /** Bytes written so far (a write in progress counts once it returns). */
    public long sent() {
        return sent.get();
    }

    /**
     * Whether all {@code total} bytes were written (and, with {@link Builder#shutdownOutputWhenSent()},
     * the sending side shut down after them).
     */
    public boolean finished() {
        return finished;
    }

    /** Why writing stopped early (the server reset or closed the connection), or null. */
    public IOException failure() {
        return failure;
    }

    /** Whether a write has been blocked for at least {@code quiet}: nobody is reading on the other side. */
    public boolean stalled(Duration quiet) {
        long since = writingSince;
        return since != 0 && System.nanoTime() - since >= quiet.toNanos();
    }

    /**
     * Waits until a write has been blocked for {@code quiet} (true), or until the writer is done,
     * failed, or {@code atMost} has passed (false).
     */
    public boolean awaitStalled(Duration quiet, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (stalled(quiet)) {
                return true;
            }
            if (finished || failure != null) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    /**
     * Gives up never reading: reads until {@code limit} bytes have arrived, the server closes
     * the connection, or no byte arrives for {@code idle}; returns what arrived.
     */
    public byte[] readUpTo(long limit, Duration idle) throws IOException {
        socket.setSoTimeout(Math.toIntExact(Math.max(1, idle.toMillis())));
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        try {
            while (received.size() < limit) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - received.size()));
                if (n < 0) {
                    endOfStream = true;
                    break;
                }
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException quietForTooLong) {
            // What arrived so far is the answer.
        }
        return received.toByteArray();
    }

    /** Whether {@link #readUpTo} met the end of the stream: the server closed the connection. */
    public boolean endOfStream() {
        return endOfStream;
    }

    /** The peer's own end, for a test that wants to reset it or see its address. */
    public Socket socket() {
        return socket;
    }

    /** Closes the connection and waits for the writer thread. Idempotent. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Released either way.
        }
        workers.interruptAndJoin(JOIN);
    }

    @Override
    public String toString() {
        return "NeverReadingPeer[" + socket.getLocalSocketAddress() + " -> " + socket.getRemoteSocketAddress()
                + ", sent " + sent() + " of " + total + "]";
    }

    private void writeAll() {
        try {
            OutputStream out = socket.getOutputStream();
            long left = total;
            int offset = 0;
            while (left > 0) {
                int length = (int) Math.min(Math.min(CHUNK, data.length - offset), left);
                writingSince = System.nanoTime();
                out.write(data, offset, length);
                writingSince = 0;
                sent.addAndGet(length);
                left -= length;
                offset = (offset + length) % data.length;
            }
            if (shutdownOutputWhenSent) {
                socket.shutdownOutput();
            }
            finished = true;
        } catch (IOException e) {
            failure = e;
        } finally {
            writingSince = 0;
        }
    }

    /** Collects a {@link NeverReadingPeer}'s settings. */
    public static final class Builder {
        private final InetSocketAddress server;
        private byte[] data = "never reads\n".getBytes(StandardCharsets.US_ASCII);
        private long total = 64L << 20;
        private int receiveBuffer = 4096;
        private boolean shutdownOutputWhenSent;

        private Builder(InetSocketAddress server) {
            this.server = server;
        }

        /** Sends {@code data} over and over until {@code total} bytes have gone; default 64 MiB of short lines. */
        public Builder sending(byte[] data, long total) {
            Objects.requireNonNull(data, "data");
            if (data.length == 0 || total < 0) {
                throw new IllegalArgumentException("needs some data and a total of 0 or more");
            }
            this.data = data.clone();
            this.total = total;
            return this;
        }

        /** The SO_RCVBUF asked for before connecting; default 4 KiB (the kernel may round it up). */
        public Builder receiveBuffer(int bytes) {
            this.receiveBuffer = bytes;
            return this;
        }

        /** Once all {@code total} bytes are written, shuts down the sending side: the server reads the end of stream. */
        public Builder shutdownOutputWhenSent() {
            this.shutdownOutputWhenSent = true;
            return this;
        }

        /** Connects in this thread (at most 5 s), then starts the writer thread. */
        public NeverReadingPeer start() throws IOException {
            Socket socket = new Socket();
            try {
                socket.setReceiveBufferSize(receiveBuffer); // before connect, so the window is small from the start
                socket.connect(server, 5_000);
            } catch (IOException | RuntimeException e) {
                socket.close();
                throw e;
            }
            NeverReadingPeer peer = new NeverReadingPeer(socket, data, total, shutdownOutputWhenSent);
            peer.workers.start("writer", peer::writeAll);
            return peer;
        }
    }
}
