package org.socketslab.nonblocking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upper-casing echo server that serves every client from one thread with one {@link Selector}:
 * partial writes wait for {@code OP_WRITE}, and a client that does not read its echoes is paused,
 * then dropped, so that it can never make the server's memory grow.
 */
public final class SelectorEchoServer implements AutoCloseable {
    // tag::defaults[]
    static final String DEFAULT_BIND = "127.0.0.1";
    static final int DEFAULT_PORT = 7012;
    static final int BACKLOG = 1024; // many clients may connect at once
    static final int MAX_PENDING = 64 * 1024; // echo waiting for one client, at most
    static final Duration STALL_LIMIT = Duration.ofSeconds(10); // a paused client that takes nothing this long is dropped
    // end::defaults[]

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Duration stallLimit;
    private final Thread loop;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(16 * 1024); // one for all clients: one thread
    private final Set<SelectionKey> paused = new HashSet<>();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile boolean running = true;

    /** One client's state: the echo that could not be written yet, and whether it has half-closed. */
    private static final class Connection {
        final ByteBuffer pending = ByteBuffer.allocate(MAX_PENDING); // in "fill" mode between events
        boolean inputEnded;
        long pausedSince;
    }

    private SelectorEchoServer(ServerSocketChannel listener, Selector selector, Duration stallLimit) {
        this.listener = listener;
        this.selector = selector;
        this.stallLimit = stallLimit;
        this.loop = new Thread(this::runLoop, "selector-echo-loop");
    }

    /** Binds now, in the caller's thread, then serves from one background thread. */
    public static SelectorEchoServer start(InetSocketAddress bindAddress) throws IOException {
        return start(bindAddress, STALL_LIMIT);
    }

    /** As {@link #start(InetSocketAddress)}, dropping a client that takes no byte of its echo for {@code stallLimit}. */
    public static SelectorEchoServer start(InetSocketAddress bindAddress, Duration stallLimit) throws IOException {
        // tag::open[]
        ServerSocketChannel listener = ServerSocketChannel.open();
        Selector selector = Selector.open();
        try {
            listener.bind(bindAddress, BACKLOG);
            listener.configureBlocking(false); // a channel must be non-blocking to be registered
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        // end::open[]
        SelectorEchoServer server = new SelectorEchoServer(listener, selector, stallLimit);
        server.loop.start();
        return server;
    }

    public InetSocketAddress address() throws IOException {
        return (InetSocketAddress) listener.getLocalAddress();
    }

    /** Clients connected right now. */
    public int connections() {
        return connected.get();
    }

    /** Clients dropped so far because they did not read their echoes. */
    public int dropped() {
        return dropped.get();
    }

    /** The one thread that does all the work (tests measure its CPU time). */
    Thread loopThread() {
        return loop;
    }

    // tag::select-loop[]
    private void runLoop() {
        try {
            while (running) {
                selector.select(untilNextStall()); // sleeps until a socket is ready: 0 means no time limit
                Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
                while (ready.hasNext()) {
                    SelectionKey key = ready.next();
                    ready.remove(); // the selector only adds keys: removing them is our job
                    try {
                        if (key.isAcceptable()) {
                            accept();
                        } else {
                            if (key.isReadable()) {
                                read(key);
                            }
                            if (key.isValid() && key.isWritable()) {
                                flush(key);
                            }
                        }
                    } catch (IOException e) {
                        drop(key); // a reset or a broken pipe ends this client only
                    }
                }
                dropStalledClients();
            }
        } catch (IOException e) {
            System.err.println("selector failed: " + e);
        } finally {
            closeEverything();
        }
    }
    // end::select-loop[]

    private void accept() throws IOException {
        SocketChannel client = listener.accept();
        if (client == null) {
            return; // another thread's connect was reset before we got to it
        }
        client.configureBlocking(false);
        client.register(selector, SelectionKey.OP_READ, new Connection());
        connected.incrementAndGet();
    }

    // tag::read[]
    private void read(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        // Read no more than the pending buffer can take: the echo of every byte read must fit.
        readBuffer.clear().limit(Math.min(readBuffer.capacity(), connection.pending.remaining()));
        int n = ((SocketChannel) key.channel()).read(readBuffer);
        if (n == -1) { // the client half-closed: send what is left, then close
            connection.inputEnded = true;
            key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
        } else {
            readBuffer.flip();
            Uppercase.inPlace(readBuffer);
            connection.pending.put(readBuffer);
        }
        flush(key);
    }
    // end::read[]

    // tag::flush[]
    private void flush(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        ByteBuffer pending = connection.pending.flip();
        int written = ((SocketChannel) key.channel()).write(pending); // may write less, even 0: the send buffer is full
        pending.compact();
        if (connection.inputEnded && pending.position() == 0) {
            close(key); // all echoed after the client's end of stream
            return;
        }
        int ops = pending.position() > 0 ? SelectionKey.OP_WRITE : 0; // OP_WRITE only while output waits
        boolean full = !pending.hasRemaining();
        if (!connection.inputEnded && !full) {
            ops |= SelectionKey.OP_READ;
        }
        key.interestOps(ops);
        if (full && (connection.pausedSince == 0 || written > 0)) {
            connection.pausedSince = System.nanoTime(); // stop reading from it; the clock runs while it takes nothing
            paused.add(key);
        } else if (!full) {
            connection.pausedSince = 0;
            paused.remove(key);
        }
    }
    // end::flush[]

    // tag::stalls[]
    /** How long select may sleep before the next paused client's time runs out; 0 when none is paused. */
    private long untilNextStall() {
        long next = Long.MAX_VALUE;
        for (SelectionKey key : paused) {
            next = Math.min(next, ((Connection) key.attachment()).pausedSince + stallLimit.toNanos());
        }
        return next == Long.MAX_VALUE ? 0 : Math.max(1, (next - System.nanoTime()) / 1_000_000 + 1);
    }

    private void dropStalledClients() {
        long now = System.nanoTime();
        for (SelectionKey key : new HashSet<>(paused)) {
            if (now - ((Connection) key.attachment()).pausedSince >= stallLimit.toNanos()) {
                dropped.incrementAndGet();
                drop(key);
            }
        }
    }
    // end::stalls[]

    private void drop(SelectionKey key) {
        try {
            close(key);
        } catch (IOException e) {
            // Closed either way.
        }
    }

    private void close(SelectionKey key) throws IOException {
        paused.remove(key);
        key.cancel();
        if (key.channel().isOpen()) {
            connected.decrementAndGet();
            key.channel().close();
        }
    }

    private void closeEverything() {
        for (SelectionKey key : selector.keys()) {
            if (key.channel() != listener) {
                drop(key);
            }
        }
        try {
            listener.close();
            selector.close();
        } catch (IOException e) {
            System.err.println("closing the server: " + e);
        }
    }

    // tag::stop[]
    /** Stops the loop, which closes every client and the listener; returns once it has ended. */
    @Override
    public void close() {
        running = false;
        selector.wakeup(); // select() returns at once, the loop sees running == false
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    // end::stop[]

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parseOrExit("SelectorEchoServer", args, DEFAULT_BIND, DEFAULT_PORT);
        try (SelectorEchoServer server = start(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()))) {
            System.out.println("One-thread upper-casing echo server listening on " + options.host() + ":"
                    + server.address().getPort() + " (Ctrl-C to stop; try: nc " + options.host() + " "
                    + server.address().getPort() + ")");
            server.loop.join();
        } catch (IOException e) {
            System.err.println("SelectorEchoServer: cannot listen on " + options.host() + ":" + options.port() + ": " + e);
            System.exit(1);
        }
    }
}
