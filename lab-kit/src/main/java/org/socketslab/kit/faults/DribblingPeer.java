package org.socketslab.kit.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server on loopback that answers every connection with its bytes one at a time, pausing
 * between them: the slow peer that a per-read timeout ({@code setSoTimeout}) never catches,
 * because every single read gets a byte long before the timeout.
 *
 * <pre>{@code
 * try (DribblingPeer peer = DribblingPeer.sending("hello\n".getBytes(US_ASCII))
 *         .interval(Duration.ofMillis(50)).start();
 *      Socket socket = new Socket()) {
 *     socket.connect(peer.address(), 2_000);
 *     ... // one byte every 50 ms
 * }
 * }</pre>
 *
 * <p>After the last byte it closes the connection (the reader sees the end of the stream), or,
 * with {@link Builder#endless()}, starts again from the first byte until the reader or
 * {@link #close()} hangs up. Each connection is served in its own daemon thread named
 * {@code dribbling-peer-<port>-…}.
 */
public final class DribblingPeer implements AutoCloseable {
    private static final Duration JOIN = Duration.ofSeconds(2);

    private final ServerSocket listener;
    private final byte[] bytes;
    private final Duration interval;
    private final boolean endless;
    private final Workers workers;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean closed;

    private DribblingPeer(ServerSocket listener, Builder settings) {
        this.listener = listener;
        this.bytes = settings.bytes;
        this.interval = settings.interval;
        this.endless = settings.endless;
        this.workers = new Workers("dribbling-peer-" + listener.getLocalPort());
    }

    /** Starts configuring a peer that dribbles {@code bytes} to every client (at least one byte). */
    public static Builder sending(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a dribbling peer needs at least one byte to send");
        }
        return new Builder(bytes.clone());
    }

    /** Where clients connect: loopback, on the port chosen at start. */
    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    /** How many connections it has accepted. */
    public int connectionsAccepted() {
        return accepted.get();
    }

    /** How many bytes it has written, over all connections. */
    public long bytesSent() {
        return sent.get();
    }

    /** Closes the listener and every connection and waits for its threads. Idempotent. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(listener);
        connections.forEach(DribblingPeer::closeQuietly);
        workers.interruptAndJoin(JOIN);
    }

    @Override
    public String toString() {
        return "DribblingPeer[" + address() + ", " + bytes.length + " bytes, one every " + interval.toMillis() + " ms"
                + (endless ? ", endless" : "") + "]";
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                connections.add(client);
                accepted.incrementAndGet();
                workers.start("conn-" + client.getPort(), () -> dribble(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void dribble(Socket client) {
        try (client) {
            client.setTcpNoDelay(true); // each byte leaves as a segment of its own
            OutputStream out = client.getOutputStream();
            do {
                for (byte b : bytes) {
                    out.write(b);
                    sent.incrementAndGet();
                    Thread.sleep(interval.toMillis());
                }
            } while (endless && !closed);
        } catch (IOException | InterruptedException e) {
            // The reader hung up, or close(): this connection is over.
        } finally {
            connections.remove(client);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Released either way.
        }
    }

    /** Collects a {@link DribblingPeer}'s settings. */
    public static final class Builder {
        private final byte[] bytes;
        private Duration interval = Duration.ofMillis(20);
        private boolean endless;
        private InetAddress loopback = InetAddress.getLoopbackAddress();

        private Builder(byte[] bytes) {
            this.bytes = bytes;
        }

        /** The pause after each byte; default 20 ms. */
        public Builder interval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.isNegative()) {
                throw new IllegalArgumentException("interval must not be negative, got " + interval);
            }
            this.interval = interval;
            return this;
        }

        /** Send the bytes again and again instead of closing after the last one. */
        public Builder endless() {
            this.endless = true;
            return this;
        }

        /** The loopback address to listen on; default {@link InetAddress#getLoopbackAddress()}. */
        public Builder on(InetAddress loopback) {
            Loopback.requireLoopback(new InetSocketAddress(loopback, 0));
            this.loopback = loopback;
            return this;
        }

        /** Binds an ephemeral loopback port in this thread and starts accepting. */
        public DribblingPeer start() throws IOException {
            ServerSocket listener = new ServerSocket(0, 50, loopback);
            DribblingPeer peer = new DribblingPeer(listener, this);
            peer.workers.start("acceptor", peer::acceptLoop);
            return peer;
        }
    }
}
