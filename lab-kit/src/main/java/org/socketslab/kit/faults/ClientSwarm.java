package org.socketslab.kit.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Many concurrent client connections to one loopback server, driven from the caller's thread
 * with one {@link Selector}: a thousand clients cost a thousand sockets, not a thousand threads.
 * For tests of servers that must hold many connections at once.
 *
 * <pre>{@code
 * try (ClientSwarm swarm = ClientSwarm.to(server.address()).clients(1_000).start()) {
 *     swarm.sendToEach(i -> ("client " + i + "\n").getBytes(US_ASCII));
 *     List<byte[]> replies = swarm.receiveFromEach(i -> expectedLength(i), Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * <p>{@link Builder#start()} connects every client before it returns, a few dozen handshakes in
 * flight at a time so that the server's accept queue does not overflow (a dropped SYN costs a
 * second). The swarm starts no thread; {@link #close()} closes every connection (a FIN each).
 */
public final class ClientSwarm implements AutoCloseable {
    private static final int IN_FLIGHT = 32;

    private final List<SocketChannel> clients;
    private boolean closed;

    private ClientSwarm(List<SocketChannel> clients) {
        this.clients = clients;
    }

    /** Starts configuring a swarm of clients of {@code server}, a loopback address. */
    public static Builder to(InetSocketAddress server) {
        return new Builder(Loopback.requireLoopback(server));
    }

    /** How many clients are connected. */
    public int size() {
        return clients.size();
    }

    /** Client {@code i}'s channel (non-blocking), for a test that wants one of them to misbehave. */
    public SocketChannel client(int i) {
        return clients.get(i);
    }

    /** Writes {@code message.apply(i)} to every client {@code i}, all of it, within {@code limit}. */
    public void sendToEach(IntFunction<byte[]> message, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Selector selector = Selector.open()) {
            int unsent = 0;
            for (int i = 0; i < clients.size(); i++) {
                ByteBuffer bytes = ByteBuffer.wrap(message.apply(i));
                clients.get(i).write(bytes);
                if (bytes.hasRemaining()) {
                    clients.get(i).register(selector, SelectionKey.OP_WRITE, bytes);
                    unsent++;
                }
            }
            while (unsent > 0) { // cancelled keys linger in keys() until the next select: count instead
                int left = unsent;
                awaitReady(selector, deadline, () -> left + " clients could not send all of their bytes");
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    ByteBuffer bytes = (ByteBuffer) key.attachment();
                    ((SocketChannel) key.channel()).write(bytes);
                    if (!bytes.hasRemaining()) {
                        key.cancel();
                        unsent--;
                    }
                }
            }
        }
    }

    /**
     * Reads from every client {@code i} until {@code length.applyAsInt(i)} bytes have arrived, the
     * server closed that connection, or {@code limit} has passed; returns what each got.
     *
     * @throws SocketTimeoutException if some client still waits for bytes after {@code limit};
     *         its message says how many and which
     */
    public List<byte[]> receiveFromEach(IntFunction<Integer> length, Duration limit) throws IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        ByteBuffer[] received = new ByteBuffer[clients.size()];
        try (Selector selector = Selector.open()) {
            int waiting = 0;
            for (int i = 0; i < clients.size(); i++) {
                received[i] = ByteBuffer.allocate(length.apply(i));
                if (received[i].hasRemaining()) {
                    clients.get(i).register(selector, SelectionKey.OP_READ, i);
                    waiting++;
                }
            }
            while (waiting > 0) {
                awaitReady(selector, deadline, () -> waiting(selector, received));
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    int i = (Integer) key.attachment();
                    int n = ((SocketChannel) key.channel()).read(received[i]);
                    if (n < 0 || !received[i].hasRemaining()) {
                        key.cancel();
                        waiting--;
                    }
                }
            }
        }
        List<byte[]> result = new ArrayList<>(received.length);
        for (ByteBuffer bytes : received) {
            result.add(Arrays.copyOf(bytes.array(), bytes.position()));
        }
        return result;
    }

    /** Closes every connection. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (SocketChannel client : clients) {
            closeQuietly(client);
        }
    }

    @Override
    public String toString() {
        return "ClientSwarm[" + clients.size() + " clients" + (closed ? ", closed" : "") + "]";
    }

    private static String waiting(Selector selector, ByteBuffer[] received) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        int still = 0;
        for (SelectionKey key : selector.keys()) {
            if (!key.isValid()) {
                continue; // done, cancelled
            }
            still++;
            int i = (Integer) key.attachment();
            if (shown++ < 3) {
                text.append(shown == 1 ? "" : ", ").append("client ").append(i).append(" got ")
                        .append(received[i].position()).append(" of ").append(received[i].capacity()).append(" bytes");
            }
        }
        return still + " of " + received.length + " clients still waited (" + text + (still > 3 ? ", …" : "") + ")";
    }

    private interface Description {
        String text();
    }

    private static void awaitReady(Selector selector, long deadline, Description stillWaiting) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0 || selector.select(Math.max(1, left / 1_000_000)) == 0 && System.nanoTime() >= deadline) {
            throw new SocketTimeoutException("time is up: " + stillWaiting.text());
        }
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Released either way.
        }
    }

    /** Collects a {@link ClientSwarm}'s settings. */
    public static final class Builder {
        private final InetSocketAddress server;
        private int clients = 100;
        private Duration connectLimit = Duration.ofSeconds(30);

        private Builder(InetSocketAddress server) {
            this.server = server;
        }

        /** How many connections; default 100. */
        public Builder clients(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("a swarm needs at least one client, got " + count);
            }
            this.clients = count;
            return this;
        }

        /** How long connecting them all may take; default 30 s. */
        public Builder connectLimit(Duration limit) {
            this.connectLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * Connects every client, in this thread, and returns once all are connected.
         *
         * @throws IOException if one cannot connect (refused, or not within the limit); the
         *         clients connected so far are closed
         */
        public ClientSwarm start() throws IOException {
            List<SocketChannel> connected = new ArrayList<>(clients);
            List<SocketChannel> connecting = new ArrayList<>(IN_FLIGHT);
            long deadline = System.nanoTime() + connectLimit.toNanos();
            try (Selector selector = Selector.open()) {
                while (connected.size() < clients) {
                    while (connected.size() + connecting.size() < clients && connecting.size() < IN_FLIGHT) {
                        SocketChannel channel = SocketChannel.open();
                        connecting.add(channel);
                        channel.configureBlocking(false);
                        if (channel.connect(server)) { // rare: usually false, the handshake goes on meanwhile
                            connecting.remove(channel);
                            connected.add(channel);
                        } else {
                            channel.register(selector, SelectionKey.OP_CONNECT);
                        }
                    }
                    if (connecting.isEmpty()) {
                        continue;
                    }
                    int done = connected.size();
                    awaitReady(selector, deadline, () -> (clients - done) + " of " + clients + " clients were not connected");
                    for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                        SelectionKey key = it.next();
                        it.remove();
                        SocketChannel channel = (SocketChannel) key.channel();
                        if (channel.finishConnect()) {
                            key.cancel();
                            connecting.remove(channel);
                            connected.add(channel);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                connected.forEach(ClientSwarm::closeQuietly);
                connecting.forEach(ClientSwarm::closeQuietly);
                throw e;
            }
            return new ClientSwarm(connected);
        }
    }
}
