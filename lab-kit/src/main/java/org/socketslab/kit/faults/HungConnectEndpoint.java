package org.socketslab.kit.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A loopback address and port where every connect hangs until the caller's connect timeout, as
 * when a server's host is down or a firewall drops packets: for tests of connect timeouts and
 * of clients that must not wait on one address (happy eyeballs).
 *
 * <p>How: a listening socket with a backlog of 1 that never accepts, whose accept queue this
 * endpoint fills with connections of its own. Once the queue is full, Linux silently drops every
 * further SYN (the client retransmits and waits), so {@code connect(address, timeout)} ends with
 * a {@link SocketTimeoutException}. How many connections fill the queue depends on the system
 * (backlog + 1 on Linux), so {@link Builder#start()} connects backlog + 1 fillers, then more
 * until one connect times out.
 *
 * <pre>{@code
 * try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv6()).start();
 *      Socket socket = new Socket()) {
 *     socket.connect(hung.address(), 200); // SocketTimeoutException after 200 ms
 * }
 * }</pre>
 *
 * <p>It starts no thread. {@link #close()} closes the listener and the fillers; a connect still
 * waiting then fails with "connection refused" at its next retransmission (about a second later
 * on Linux), so a test that must see a hung connect still hanging keeps the endpoint open.
 */
public final class HungConnectEndpoint implements AutoCloseable {
    private static final int BACKLOG = 1;
    /** Far more than any system needs (Linux: 2); a guard against a queue that never fills. */
    private static final int MAX_FILLERS = 16;
    private static final int FIRST_FILLERS_TIMEOUT_MILLIS = 5_000;

    private final ServerSocket listener;
    private final List<Socket> fillers;
    private final Object lifecycle = new Object();
    private boolean closed;

    private HungConnectEndpoint(ServerSocket listener, List<Socket> fillers) {
        this.listener = listener;
        this.fillers = fillers;
    }

    /**
     * Starts configuring an endpoint on {@code loopback}: {@link Loopback#ipv4()} or
     * {@link Loopback#ipv6()} (or another 127.x address).
     *
     * @throws IllegalArgumentException if {@code loopback} is not a loopback address
     */
    public static Builder on(InetAddress loopback) {
        Objects.requireNonNull(loopback, "loopback");
        Loopback.requireLoopback(new InetSocketAddress(loopback, 0));
        return new Builder(loopback);
    }

    /** Where connects hang. */
    public InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    /** How many connections it took to fill the accept queue (Linux: backlog 1 + 1 = 2). */
    public int fillers() {
        return fillers.size();
    }

    /** Closes the fillers and the listener. Idempotent. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        closeAll(fillers, listener);
    }

    @Override
    public String toString() {
        return "HungConnectEndpoint[" + address() + ", " + fillers.size() + " fillers]";
    }

    private static void closeAll(List<Socket> fillers, ServerSocket listener) {
        for (Socket filler : fillers) {
            try {
                filler.close();
            } catch (IOException ignored) {
                // Released either way.
            }
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // Released either way.
        }
    }

    /** Collects a {@link HungConnectEndpoint}'s settings. */
    public static final class Builder {
        private final InetAddress loopback;
        private Duration probe = Duration.ofMillis(200);

        private Builder(InetAddress loopback) {
            this.loopback = loopback;
        }

        /**
         * How long a probing connect may take before the queue counts as full; default 200 ms.
         * A loopback handshake takes well under a millisecond, so this is only paid once, by
         * the connect that finds the queue full.
         */
        public Builder probe(Duration probe) {
            Objects.requireNonNull(probe, "probe");
            if (probe.isNegative() || probe.isZero()) {
                throw new IllegalArgumentException("probe must be positive, got " + probe);
            }
            this.probe = probe;
            return this;
        }

        /**
         * Binds an ephemeral port on the loopback address and fills its accept queue, in this
         * thread; when it returns, a connect to {@link HungConnectEndpoint#address()} hangs.
         *
         * @throws IOException if the address cannot be bound (no IPv6 here, for one: see
         *         {@link Loopback#ipv6Available()}) or the queue never fills
         */
        public HungConnectEndpoint start() throws IOException {
            ServerSocket listener = new ServerSocket();
            List<Socket> fillers = new ArrayList<>();
            try {
                listener.bind(new InetSocketAddress(loopback, 0), BACKLOG);
                // Linux queues backlog + 1 connections: those must connect, however slow the machine.
                // Then probe, for systems that queue more, until a connect finds the queue full.
                while (fillers.size() < BACKLOG + 1) {
                    Socket filler = new Socket();
                    fillers.add(filler);
                    filler.connect(listener.getLocalSocketAddress(), FIRST_FILLERS_TIMEOUT_MILLIS);
                }
                while (fill(listener, fillers)) {
                    if (fillers.size() > MAX_FILLERS) {
                        throw new IOException("the accept queue of " + listener.getLocalSocketAddress()
                                + " still took connections after " + MAX_FILLERS + ": connects would not hang here");
                    }
                }
                return new HungConnectEndpoint(listener, List.copyOf(fillers));
            } catch (IOException | RuntimeException e) {
                closeAll(fillers, listener);
                throw e;
            }
        }

        /** Connects one more filler; false once a connect hangs, that is once the queue is full. */
        private boolean fill(ServerSocket listener, List<Socket> fillers) throws IOException {
            Socket filler = new Socket();
            try {
                filler.connect(listener.getLocalSocketAddress(), Math.toIntExact(probe.toMillis()));
                fillers.add(filler);
                return true;
            } catch (SocketTimeoutException full) {
                filler.close();
                return false;
            } catch (IOException | RuntimeException e) {
                filler.close();
                throw e;
            }
        }
    }
}
