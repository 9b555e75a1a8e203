package org.socketslab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N loopback connections, each sending one fixed-size message and waiting for its whole echo before
 * the next (closed loop). A few threads with a Selector each drive all the connections, so the
 * generator itself needs no thread per connection. It stops by itself: setup, warm-up and
 * measurement each have a time limit.
 */
public final class LoadGenerator {
    /** How one run is shaped. */
    public record Plan(InetSocketAddress target, int connections, int messageBytes, int threads,
                       Duration setupLimit, Duration warmUp, Duration measure) {
        public Plan {
            Loopback.require(target.getAddress());
            if (connections < 1 || connections > 60_000) {
                throw new IllegalArgumentException("connections must be 1..60000: " + connections);
            }
            if (messageBytes < 1 || messageBytes > 16 << 20) {
                throw new IllegalArgumentException("message size must be 1 byte..16 MiB: " + messageBytes);
            }
            if (measure.isNegative() || measure.isZero() || measure.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("measure must be (0, 5 min]: " + measure);
            }
        }
    }

    /** One connection's state between events. */
    private static final class Exchange {
        final ByteBuffer out;
        final ByteBuffer in;
        long sentAt;

        Exchange(ByteBuffer message) {
            this.out = message.duplicate();
            this.in = ByteBuffer.allocateDirect(message.capacity());
        }
    }

    private final Plan plan;
    private final byte[] message;
    private final AtomicReference<String> firstError = new AtomicReference<>();

    public LoadGenerator(Plan plan) {
        this.plan = plan;
        // Upper-case letters: the course's servers upper-case their input, so the echo equals the message.
        this.message = new byte[plan.messageBytes()];
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) ('A' + i % 26);
        }
    }

    public Result run() throws InterruptedException {
        List<Worker> workers = new ArrayList<>();
        for (int t = 0; t < plan.threads(); t++) {
            int share = plan.connections() / plan.threads() + (t < plan.connections() % plan.threads() ? 1 : 0);
            workers.add(new Worker(share));
        }
        long setupDeadline = System.nanoTime() + plan.setupLimit().toNanos();
        List<Thread> threads = new ArrayList<>();
        for (Worker w : workers) {
            threads.add(started(() -> w.connectAll(setupDeadline)));
        }
        joinAll(threads);

        long start = System.nanoTime();
        long measureFrom = start + plan.warmUp().toNanos();
        long end = measureFrom + plan.measure().toNanos();
        threads.clear();
        for (Worker w : workers) {
            threads.add(started(() -> w.exchange(measureFrom, end)));
        }
        joinAll(threads);

        int held = 0;
        long roundTrips = 0;
        List<Samples> samples = new ArrayList<>();
        for (Worker w : workers) {
            held += w.held;
            roundTrips += w.roundTrips;
            samples.add(w.latencies);
        }
        Percentiles p = Samples.merge(samples);
        return new Result(plan.connections(), held, plan.messageBytes(), roundTrips, plan.measure().toNanos() / 1e9,
                p.at(50) / 1000, p.at(99) / 1000, p.max() / 1000, firstError.get());
    }

    private static Thread started(Runnable task) {
        Thread thread = new Thread(task, "load-generator");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void joinAll(List<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    private void fail(String what, Exception e) {
        firstError.compareAndSet(null, what + ": " + e);
    }

    /** One generator thread: its share of the connections, one Selector. */
    private final class Worker {
        final int share;
        final List<SocketChannel> channels = new ArrayList<>();
        final Samples latencies = new Samples();
        int held;
        long roundTrips;

        Worker(int share) {
            this.share = share;
        }

        /**
         * Connects one at a time and completes one blocking exchange on each: that proves the server
         * accepted it, so a small accept backlog never overflows into SYN retries.
         */
        void connectAll(long deadline) {
            byte[] echo = new byte[message.length];
            for (int i = 0; i < share && System.nanoTime() < deadline; i++) {
                SocketChannel channel = null;
                try {
                    channel = SocketChannel.open();
                    Socket socket = channel.socket();
                    socket.setTcpNoDelay(true); // small messages must not wait for Nagle
                    socket.connect(plan.target(), 5_000);
                    socket.setSoTimeout(5_000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = socket.getInputStream();
                    out.write(message);
                    if (in.readNBytes(echo, 0, echo.length) != echo.length || !Arrays.equals(echo, message)) {
                        throw new IOException("the first echo was not the message");
                    }
                    channel.configureBlocking(false);
                    channels.add(channel);
                } catch (IOException e) {
                    fail("connection " + (channels.size() + 1) + " of a thread", e);
                    closeQuietly(channel);
                    return; // the server has reached its limit: measure what it holds
                }
            }
        }

        void exchange(long measureFrom, long end) {
            ByteBuffer shared = ByteBuffer.allocateDirect(message.length).put(message).flip();
            try (Selector selector = Selector.open()) {
                for (SocketChannel channel : channels) {
                    Exchange x = new Exchange(shared);
                    SelectionKey key = channel.register(selector, 0, x);
                    send(key, x, System.nanoTime());
                }
                long now;
                while ((now = System.nanoTime()) < end) {
                    selector.select(Math.max(1, (end - now) / 1_000_000));
                    now = System.nanoTime();
                    for (SelectionKey key : selector.selectedKeys()) {
                        step(key, now, measureFrom, end);
                    }
                    selector.selectedKeys().clear();
                }
                for (SelectionKey key : selector.keys()) {
                    if (key.isValid()) {
                        held++;
                    }
                }
            } catch (IOException e) {
                fail("selector", e);
            } finally {
                channels.forEach(LoadGenerator::closeQuietly);
            }
        }

        private void step(SelectionKey key, long now, long measureFrom, long end) {
            Exchange x = (Exchange) key.attachment();
            SocketChannel channel = (SocketChannel) key.channel();
            try {
                if (key.isWritable()) {
                    channel.write(x.out);
                }
                if (key.isReadable()) {
                    if (channel.read(x.in) == -1) {
                        throw new IOException("the server closed the connection");
                    }
                    if (!x.in.hasRemaining()) { // the whole echo is back: one round trip
                        if (x.sentAt >= measureFrom && now < end) {
                            roundTrips++;
                            latencies.add(now - x.sentAt);
                        }
                        send(key, x, now);
                        return;
                    }
                }
                interest(key, x);
            } catch (IOException e) {
                fail("exchange", e);
                key.cancel();
                closeQuietly(channel);
            }
        }

        private void send(SelectionKey key, Exchange x, long now) throws IOException {
            x.in.clear();
            x.out.rewind();
            x.sentAt = now;
            ((SocketChannel) key.channel()).write(x.out);
            interest(key, x);
        }

        private void interest(SelectionKey key, Exchange x) {
            // Read all the time: a large message's echo starts before the whole message is written.
            key.interestOps(SelectionKey.OP_READ | (x.out.hasRemaining() ? SelectionKey.OP_WRITE : 0));
        }
    }

    static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Closed either way.
            }
        }
    }
}
