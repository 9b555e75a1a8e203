package org.socketslab.kit.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback that re-cuts the byte stream, so that tests catch code which assumes
 * that one {@code read()} returns exactly one message.
 *
 * <p>Over loopback, what one side writes in one call the other side nearly always reads in one
 * call: big chunks, in order, never split and rarely merged. Naive code that treats a read as a
 * message therefore passes naive tests, and breaks on a real network, where segments are split,
 * merged and delayed on the way. Put this proxy between the code under test and its peer and
 * that splitting and merging happens on demand:
 * <ul>
 *   <li><b>pieces</b> (the default): every read is forwarded as many small writes of
 *       {@code min..max} bytes (1..3 unless set), optionally with a pause between them;
 *   <li><b>merge</b>: bytes from several writes are held back and forwarded as one;
 *   <li><b>abortAfter</b>: after a number of bytes towards the client, both legs are reset, as
 *       when a server crashes in the middle of an answer.
 * </ul>
 * Piece sizes come from a seed, one random stream per connection and direction, so the same
 * seed plans the same sizes again (a piece is only cut shorter where the bytes read so far run
 * out, never held back to fill it, so that request/response exchanges cannot stall).
 * TCP_NODELAY is set on both legs so that each piece really reaches the peer as a segment of its
 * own. Half-closes are passed on, so request/response
 * protocols that end a request with {@code shutdownOutput()} work through the proxy.
 *
 * <pre>{@code
 * try (ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(42).pieces(1, 3).start()) {
 *     try (Socket client = new Socket()) {
 *         client.connect(proxy.address(), 2_000);
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>A reset or error on one connection ends that connection only; {@link #close()} ends all of
 * them and returns once every socket is closed and every thread has ended.
 */
public final class ChunkingProxy implements AutoCloseable {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final InetSocketAddress target;
    private final ChunkingRules rules;
    private final ServerSocket listener;
    private final Workers workers;
    private final TrafficCounter toServer = new TrafficCounter();
    private final TrafficCounter toClient = new TrafficCounter();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Set<ProxiedConnection> open = ConcurrentHashMap.newKeySet();

    private final Object lifecycle = new Object();
    private boolean closed;

    private ChunkingProxy(InetSocketAddress target, ChunkingRules rules, ServerSocket listener) {
        this.target = target;
        this.rules = rules;
        this.listener = listener;
        this.workers = new Workers("chunking-proxy-" + listener.getLocalPort());
    }

    /**
     * Starts configuring a proxy in front of {@code target}.
     *
     * @param target the real server; must be a loopback address
     * @throws IllegalArgumentException if {@code target} is not a resolved loopback address
     */
    public static Builder to(InetSocketAddress target) {
        return new Builder(Loopback.requireLoopback(target));
    }

    /** Where clients connect instead of the target: loopback, on a port chosen at start. */
    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    /** How many writes the proxy made towards both peers: with pieces, roughly bytes / piece size. */
    public long writesForwarded() {
        return toServer.writes() + toClient.writes();
    }

    /** How many writes the proxy made in one direction ({@link Direction#BOTH} for the total). */
    public long writesForwarded(Direction way) {
        return sum(way, toServer.writes(), toClient.writes());
    }

    /** How many bytes the proxy forwarded in both directions. */
    public long bytesForwarded() {
        return toServer.bytes() + toClient.bytes();
    }

    /** How many bytes the proxy forwarded in one direction ({@link Direction#BOTH} for the total). */
    public long bytesForwarded(Direction way) {
        return sum(way, toServer.bytes(), toClient.bytes());
    }

    /** How many client connections the proxy has accepted since it started. */
    public int connectionsAccepted() {
        return accepted.get();
    }

    /**
     * Stops accepting, closes every connection and waits (up to 2 s) for every thread to end.
     * Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // The port is released either way.
        }
        for (ProxiedConnection connection : new ArrayList<>(open)) {
            connection.close();
        }
        workers.interruptAndJoin(CLOSE_TIMEOUT);
    }

    @Override
    public String toString() {
        return "ChunkingProxy[" + address() + " -> " + target + "]";
    }

    InetSocketAddress target() {
        return target;
    }

    ChunkingRules rules() {
        return rules;
    }

    Workers workers() {
        return workers;
    }

    TrafficCounter counter(Direction way) {
        return way == Direction.CLIENT_TO_SERVER ? toServer : toClient;
    }

    void forget(ProxiedConnection connection) {
        open.remove(connection);
    }

    private void start() {
        workers.start("accept", this::acceptLoop);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                // Either close() closed the listener (the loop ends) or a client gave up
                // before we got to it (the next one is still welcome).
                continue;
            }
            serve(client);
        }
    }

    private void serve(Socket client) {
        // Under the lock so that close() sees every connection that it must close.
        synchronized (lifecycle) {
            if (closed) {
                try {
                    client.close();
                } catch (IOException ignored) {
                    // Released either way.
                }
                return;
            }
            ProxiedConnection connection = new ProxiedConnection(accepted.getAndIncrement(), client, this);
            open.add(connection);
            workers.start(connection.name() + "-c2s", connection::run);
        }
    }

    private static long sum(Direction way, long clientToServer, long serverToClient) {
        return switch (Objects.requireNonNull(way, "way")) {
            case CLIENT_TO_SERVER -> clientToServer;
            case SERVER_TO_CLIENT -> serverToClient;
            case BOTH -> clientToServer + serverToClient;
        };
    }

    /** Collects a {@link ChunkingProxy}'s settings; {@link #start()} may be called more than once. */
    public static final class Builder {
        // Read by ChunkingRules when the proxy starts.
        final InetSocketAddress target;
        long seed = 1;
        Direction direction = Direction.BOTH;
        int minPiece = 1;
        int maxPiece = 3;
        int mergeMaxBytes;
        Duration mergeWindow;
        Duration pause = Duration.ZERO;
        long abortAfter = Long.MAX_VALUE;

        private Builder(InetSocketAddress target) {
            this.target = target;
        }

        /** The seed all piece sizes derive from; default 1. The same seed cuts the same way. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Pieces mode (the default, with 1..3): every write the proxy makes carries between
         * {@code min} and {@code max} bytes, uniformly chosen. Replaces a {@link #merge} setting.
         *
         * @throws IllegalArgumentException unless {@code 1 <= min <= max}
         */
        public Builder pieces(int min, int max) {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("Need 1 <= min <= max, got pieces(" + min + ", " + max + ")");
            }
            this.minPiece = min;
            this.maxPiece = max;
            this.mergeWindow = null;
            return this;
        }

        /**
         * Merge mode: bytes are held back and forwarded as one write once {@code maxBytes} have
         * gathered, or once {@code window} has passed without new bytes, or at end of stream.
         * Replaces a {@link #pieces} setting.
         *
         * @throws IllegalArgumentException unless {@code maxBytes >= 1} and {@code window > 0}
         */
        public Builder merge(int maxBytes, Duration window) {
            Objects.requireNonNull(window, "window");
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be at least 1, got " + maxBytes);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive, got " + window);
            }
            this.mergeMaxBytes = maxBytes;
            this.mergeWindow = window;
            return this;
        }

        /** A pause before every write but the first, in the chunked directions; default none. */
        public Builder delay(Duration pause) {
            Objects.requireNonNull(pause, "pause");
            if (pause.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative, got " + pause);
            }
            this.pause = pause;
            return this;
        }

        /**
         * Once {@code bytes} bytes have been forwarded from the server to a client, resets that
         * connection: the client leg with SO_LINGER 0 (the client sees "Connection reset"), and
         * the upstream leg too. Counted per connection; applies whatever {@link #direction} says.
         *
         * @throws IllegalArgumentException if {@code bytes} is negative
         */
        public Builder abortAfter(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("abortAfter must not be negative, got " + bytes);
            }
            this.abortAfter = bytes;
            return this;
        }

        /** Which way pieces, merge and delay apply; the other way passes through untouched. Default both. */
        public Builder direction(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /**
         * Binds to an ephemeral loopback port (in this thread, so {@link ChunkingProxy#address()}
         * is valid at once) and starts accepting clients.
         *
         * @throws IOException if no port could be bound
         */
        public ChunkingProxy start() throws IOException {
            ServerSocket listener = new ServerSocket();
            try {
                listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            } catch (IOException e) {
                listener.close();
                throw e;
            }
            ChunkingProxy proxy = new ChunkingProxy(target, new ChunkingRules(this), listener);
            proxy.start();
            return proxy;
        }
    }
}
