package org.socketslab.ipv6.exercise;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Exercise ipv6-4, a classic mistake. */
public final class HappyEyeballs {
    private HappyEyeballs() {
    }

    /** One connection attempt: its socket, the thread that connects it, and how it ended. */
    private static final class Attempt {
        final InetSocketAddress address;
        final Socket socket = new Socket();
        Thread thread;
        IOException failure; // null once connected

        Attempt(InetSocketAddress address) {
            this.address = address;
        }
    }

    public static List<InetSocketAddress> order(List<InetSocketAddress> addresses) {
        List<InetSocketAddress> v6 = new ArrayList<>();
        List<InetSocketAddress> v4 = new ArrayList<>();
        for (InetSocketAddress address : addresses) {
            (address.getAddress() instanceof Inet6Address ? v6 : v4).add(address);
        }
        List<InetSocketAddress> ordered = new ArrayList<>(addresses.size());
        for (int i = 0; i < Math.max(v6.size(), v4.size()); i++) {
            if (i < v6.size()) {
                ordered.add(v6.get(i));
            }
            if (i < v4.size()) {
                ordered.add(v4.get(i));
            }
        }
        return ordered;
    }

    public static Socket connect(List<InetSocketAddress> addresses, Duration stagger, Duration connectTimeout)
            throws IOException {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no address to connect to");
        }
        List<InetSocketAddress> ordered = order(addresses);
        // Mistake: gives each attempt the stagger as its connect timeout, the two durations mixed up.
        // Breaks: Each attempt connects with connectTimeout of its own
        int timeoutMillis = Math.toIntExact(Math.max(1, stagger.toMillis()));
        BlockingQueue<Attempt> finished = new LinkedBlockingQueue<>();
        List<Attempt> started = new ArrayList<>();
        Attempt winner = null;
        try {
            start(ordered.get(0), timeoutMillis, finished, started);
            int failed = 0;
            while (winner == null) {
                boolean more = started.size() < ordered.size();
                // Wait for the next attempt to end, but no longer than the stagger while more are waiting to start.
                Attempt done = more ? finished.poll(stagger.toNanos(), TimeUnit.NANOSECONDS) : finished.take();
                if (done == null) {
                    start(ordered.get(started.size()), timeoutMillis, finished, started); // the stagger has passed
                } else if (done.failure == null) {
                    winner = done;
                } else if (++failed == ordered.size()) {
                    throw allFailed(started);
                } else if (failed == started.size() && more) {
                    start(ordered.get(started.size()), timeoutMillis, finished, started); // nothing left running
                }
            }
            return winner.socket;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while connecting");
        } finally {
            // Every loser: closing its socket makes a connect still in progress throw at once.
            for (Attempt attempt : started) {
                if (attempt != winner) {
                    closeQuietly(attempt.socket);
                }
            }
            for (Attempt attempt : started) {
                joinUninterruptibly(attempt.thread);
            }
        }
    }

    private static void start(InetSocketAddress address, int timeoutMillis, BlockingQueue<Attempt> finished,
                              List<Attempt> started) {
        Attempt attempt = new Attempt(address);
        attempt.thread = new Thread(() -> {
            try {
                attempt.socket.connect(attempt.address, timeoutMillis);
            } catch (IOException e) {
                attempt.failure = e;
                closeQuietly(attempt.socket);
            }
            finished.add(attempt); // the queue publishes failure to the waiting thread
        }, "happy-eyeballs-" + address);
        attempt.thread.setDaemon(true);
        started.add(attempt);
        attempt.thread.start();
    }

    private static IOException allFailed(List<Attempt> attempts) {
        IOException all = new IOException("could not connect to any of " + attempts.size() + " addresses");
        for (Attempt attempt : attempts) {
            all.addSuppressed(attempt.failure);
        }
        return all;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closed either way.
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
