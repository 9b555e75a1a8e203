package org.socketslab.kit.faults;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A UDP relay on loopback that drops, duplicates, reorders and delays datagrams, so that tests
 * catch code which assumes that every datagram arrives once and in order.
 *
 * <p>Over loopback, UDP is as kind as it gets: nothing is lost (while the receive buffers keep
 * up), nothing is duplicated, and datagrams arrive in the order they were sent. Code without a
 * timeout, retries or sequence checks passes such tests and fails on a real network. Clients send
 * to this relay instead of the target; it forwards each datagram to the target and the target's
 * replies back to the client they belong to, applying the faults it was built with:
 * <ul>
 *   <li><b>drop(p)</b>: each datagram is lost with probability p;
 *   <li><b>duplicate(p)</b>: each surviving datagram is sent twice with probability p;
 *   <li><b>reorder(p)</b>: each surviving datagram is held back with probability p until the
 *       next datagram of its direction has gone out, so that one overtakes it (if none comes
 *       within the hold limit, it leaves late but in order);
 *   <li><b>delay(min, max)</b>: each copy leaves after a delay drawn uniformly from min..max,
 *       which reorders datagrams too when the delays differ by more than their spacing.
 * </ul>
 * The defaults are "no faults": a test turns on exactly what it needs. {@link #counts} says what
 * the relay did.
 *
 * <p>Like a NAT, the relay gives every client (every distinct source address) a socket of its
 * own towards the target, so replies find their way back and several clients can share one
 * relay (that socket stays open until the relay closes). Decisions come from a seed, one random
 * stream per client and direction (clients are numbered in the order their first datagram
 * arrives), drawn the same number of times for every datagram: the same seed and the same
 * datagrams give the same decisions, whatever the thread scheduling (the moments a delayed copy
 * leaves can of course vary by a scheduler tick).
 *
 * <pre>{@code
 * try (UdpRelay relay = UdpRelay.to(server.address()).seed(42).drop(0.3).duplicate(0.1).start()) {
 *     client.send(new DatagramPacket(data, data.length, relay.address()));
 *     ...
 * }
 * }</pre>
 */
public final class UdpRelay implements AutoCloseable {
    /** Larger than any UDP payload, so the relay itself never cuts a datagram. */
    private static final int MAX_DATAGRAM = 65_536;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    /**
     * What the relay did to the datagrams of one direction (or both, added up).
     *
     * @param received   datagrams that reached the relay
     * @param forwarded  datagrams the relay sent on, duplicates included
     * @param dropped    datagrams it threw away
     * @param duplicated datagrams it sent twice (each adds one to {@code forwarded})
     * @param reordered  datagrams it held back until a later one had overtaken them
     * @param delayed    copies it sent after a delay
     */
    public record Counts(long received, long forwarded, long dropped, long duplicated, long reordered, long delayed) {
        Counts plus(Counts other) {
            return new Counts(received + other.received, forwarded + other.forwarded, dropped + other.dropped,
                    duplicated + other.duplicated, reordered + other.reordered, delayed + other.delayed);
        }
    }

    private final InetSocketAddress target;
    private final DatagramFaults faults;
    private final long seed;
    private final DatagramSocket front;
    private final Workers workers;
    private final ScheduledThreadPoolExecutor timer;
    private final DatagramCounter toTarget = new DatagramCounter();
    private final DatagramCounter toClients = new DatagramCounter();
    private final Map<SocketAddress, RelayedClient> clients = new ConcurrentHashMap<>();

    private final Object lifecycle = new Object();
    private boolean closed;

    private UdpRelay(InetSocketAddress target, DatagramFaults faults, long seed, DatagramSocket front) {
        this.target = target;
        this.faults = faults;
        this.seed = seed;
        this.front = front;
        String name = "udp-relay-" + front.getLocalPort();
        this.workers = new Workers(name);
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name + "-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * Starts configuring a relay in front of {@code target}.
     *
     * @param target the real server; must be a loopback address
     * @throws IllegalArgumentException if {@code target} is not a resolved loopback address
     */
    public static Builder to(InetSocketAddress target) {
        return new Builder(Loopback.requireLoopback(target));
    }

    /** Where clients send instead of the target: loopback, on a port chosen at start. */
    public InetSocketAddress address() {
        return new InetSocketAddress(front.getLocalAddress(), front.getLocalPort());
    }

    /** What the relay has done so far in one direction ({@link Direction#BOTH} for the sum). */
    public Counts counts(Direction way) {
        return switch (Objects.requireNonNull(way, "way")) {
            case CLIENT_TO_SERVER -> toTarget.snapshot();
            case SERVER_TO_CLIENT -> toClients.snapshot();
            case BOTH -> toTarget.snapshot().plus(toClients.snapshot());
        };
    }

    /** How many distinct clients (source addresses) have sent through the relay. */
    public int clients() {
        return clients.size();
    }

    /**
     * Stops relaying: closes every socket, drops what was still held back or delayed, and waits
     * (up to 2 s) for every thread to end. Idempotent.
     */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
        }
        front.close();
        for (RelayedClient client : new ArrayList<>(clients.values())) {
            client.close();
        }
        timer.shutdownNow();
        workers.interruptAndJoin(CLOSE_TIMEOUT);
        try {
            timer.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "UdpRelay[" + address() + " -> " + target + "]";
    }

    private void start() {
        workers.start("front", this::relayFromClients);
    }

    /** Receives every client's datagrams on the front socket and hands each to its client's lane. */
    private void relayFromClients() {
        DatagramPacket packet = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
        while (!front.isClosed()) {
            try {
                front.receive(packet);
            } catch (IOException e) {
                continue; // closed (the loop ends) or one bad datagram (the next is welcome)
            }
            RelayedClient client = clientFor(packet.getSocketAddress());
            if (client != null) {
                client.towardsTarget().accept(Arrays.copyOf(packet.getData(), packet.getLength()));
            }
        }
    }

    /** The client's leg, created on its first datagram; null once the relay is closing. */
    private RelayedClient clientFor(SocketAddress address) {
        RelayedClient known = clients.get(address);
        if (known != null) {
            return known;
        }
        synchronized (lifecycle) {
            if (closed) {
                return null;
            }
            try {
                RelayedClient client = new RelayedClient(clients.size(), address, this);
                clients.put(address, client);
                workers.start("client" + client.index() + "-back", client::relayFromTarget);
                return client;
            } catch (IOException e) {
                return null; // no socket for this client: its datagram is lost, as on a full NAT
            }
        }
    }

    InetSocketAddress target() {
        return target;
    }

    DatagramSocket front() {
        return front;
    }

    /** A lane for one direction of the {@code index}-th client, with that client's own random stream. */
    DatagramLane lane(long index, Direction way, DatagramLane.Sink sink) {
        DatagramCounter counter = way == Direction.CLIENT_TO_SERVER ? toTarget : toClients;
        return new DatagramLane(faults, way, Seeds.random(seed, index, way), sink, timer, counter);
    }

    /** A loopback address of the target's family, for the relay's sockets towards it. */
    InetAddress loopbackLike(InetSocketAddress address) throws IOException {
        return address.getAddress() instanceof Inet6Address ? InetAddress.getByName("::1")
                : InetAddress.getLoopbackAddress();
    }

    /** Collects a {@link UdpRelay}'s settings; {@link #start()} may be called more than once. */
    public static final class Builder {
        private final InetSocketAddress target;
        private long seed = 1;
        private double drop;
        private double duplicate;
        private double reorder;
        private Duration maxHold = Duration.ofMillis(100);
        private Duration minDelay = Duration.ZERO;
        private Duration maxDelay = Duration.ZERO;
        private Direction direction = Direction.BOTH;

        private Builder(InetSocketAddress target) {
            this.target = target;
        }

        /** The seed every decision derives from; default 1. The same seed decides the same way. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Loses each datagram with this probability; default 0. */
        public Builder drop(double probability) {
            this.drop = probability(probability, "drop");
            return this;
        }

        /** Sends each surviving datagram twice with this probability; default 0. */
        public Builder duplicate(double probability) {
            this.duplicate = probability(probability, "duplicate");
            return this;
        }

        /**
         * Holds each surviving datagram back with this probability until the next one of its
         * direction has gone out, at most 100 ms; default 0.
         */
        public Builder reorder(double probability) {
            return reorder(probability, Duration.ofMillis(100));
        }

        /**
         * Like {@link #reorder(double)}, holding a datagram at most {@code maxHold}: after that it
         * leaves even if nothing overtook it, so reordering alone never loses a datagram.
         */
        public Builder reorder(double probability, Duration maxHold) {
            Objects.requireNonNull(maxHold, "maxHold");
            if (maxHold.isNegative() || maxHold.isZero()) {
                throw new IllegalArgumentException("maxHold must be positive, got " + maxHold);
            }
            this.reorder = probability(probability, "reorder");
            this.maxHold = maxHold;
            return this;
        }

        /** Sends each copy after a delay drawn uniformly from {@code min..max}; default none. */
        public Builder delay(Duration min, Duration max) {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("Need 0 <= min <= max, got delay(" + min + ", " + max + ")");
            }
            this.minDelay = min;
            this.maxDelay = max;
            return this;
        }

        /** Which way the faults apply; the other way passes through untouched. Default both. */
        public Builder direction(Direction direction) {
            this.direction = Objects.requireNonNull(direction, "direction");
            return this;
        }

        /**
         * Binds to an ephemeral loopback port (in this thread, so {@link UdpRelay#address()} is
         * valid at once) and starts relaying.
         *
         * @throws IOException if no port could be bound
         */
        public UdpRelay start() throws IOException {
            DatagramSocket front = new DatagramSocket(null);
            try {
                front.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            } catch (IOException e) {
                front.close();
                throw e;
            }
            DatagramFaults faults = new DatagramFaults(drop, duplicate, reorder, maxHold, minDelay, maxDelay, direction);
            UdpRelay relay = new UdpRelay(target, faults, seed, front);
            relay.start();
            return relay;
        }

        private static double probability(double p, String what) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException(what + " takes a probability from 0 to 1, got " + p);
            }
            return p;
        }
    }
}
