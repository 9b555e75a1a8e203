package org.socketslab.kit.faults;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One direction of one relayed client: takes each datagram the relay received, decides its fate
 * from this lane's own seeded stream, and sends what survives on, now or later.
 */
final class DatagramLane {
    /** Where surviving datagrams go: the target for requests, the client for replies. */
    interface Sink {
        void send(byte[] datagram) throws IOException;
    }

    /** A datagram held back so that the next one overtakes it. */
    private static final class Held {
        final byte[] data;
        final DatagramFaults.Decision decision;
        ScheduledFuture<?> timeout;

        Held(byte[] data, DatagramFaults.Decision decision) {
            this.data = data;
            this.decision = decision;
        }
    }

    private final DatagramFaults faults;
    private final boolean faulty;
    private final Random random;
    private final Sink sink;
    private final ScheduledExecutorService timer;
    private final DatagramCounter counter;
    private Held held; // guarded by this

    DatagramLane(DatagramFaults faults, Direction way, Random random, Sink sink, ScheduledExecutorService timer,
                 DatagramCounter counter) {
        this.faults = faults;
        this.faulty = faults.appliesTo(way);
        this.random = random;
        this.sink = sink;
        this.timer = timer;
        this.counter = counter;
    }

    /** Called by the one thread that receives this lane's datagrams, in the order they arrived. */
    synchronized void accept(byte[] datagram) {
        counter.received.increment();
        if (!faulty) {
            send(datagram);
            return;
        }
        DatagramFaults.Decision decision = faults.decide(random);
        if (decision.drop()) {
            counter.dropped.increment();
            return;
        }
        if (decision.duplicate()) {
            counter.duplicated.increment();
        }
        if (decision.holdBack()) {
            Held previous = held;
            held = new Held(datagram, decision);
            if (previous != null) {
                release(previous); // it leaves before the new one: held, but not overtaken
            }
            Held mine = held;
            mine.timeout = schedule(() -> releaseIfStillHeld(mine), faults.maxHold().toNanos());
            return;
        }
        emit(datagram, decision);
        if (held != null) {
            Held overtaken = held;
            held = null;
            cancel(overtaken);
            counter.reordered.increment();
            emit(overtaken.data, overtaken.decision);
        }
    }

    private synchronized void releaseIfStillHeld(Held candidate) {
        if (held == candidate) {
            held = null;
            emit(candidate.data, candidate.decision); // nothing came to overtake it: late, not reordered
        }
    }

    private static void cancel(Held held) {
        if (held.timeout != null) {
            held.timeout.cancel(false);
        }
    }

    private void release(Held previous) {
        cancel(previous);
        emit(previous.data, previous.decision);
    }

    private void emit(byte[] datagram, DatagramFaults.Decision decision) {
        emitCopy(datagram, decision.firstDelayNanos());
        if (decision.duplicate()) {
            emitCopy(datagram, decision.secondDelayNanos());
        }
    }

    private void emitCopy(byte[] datagram, long delayNanos) {
        if (delayNanos <= 0) {
            send(datagram);
        } else {
            counter.delayed.increment();
            schedule(() -> send(datagram), delayNanos);
        }
    }

    /** Schedules {@code task}; null once the relay is closing (what was pending is dropped then). */
    private ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        try {
            return timer.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            return null;
        }
    }

    private void send(byte[] datagram) {
        try {
            sink.send(datagram);
            counter.forwarded.increment();
        } catch (IOException e) {
            // The socket closed, or the peer's port is unreachable: lost, as UDP would lose it.
        }
    }
}
