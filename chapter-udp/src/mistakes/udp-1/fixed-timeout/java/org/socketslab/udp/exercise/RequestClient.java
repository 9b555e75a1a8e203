package org.socketslab.udp.exercise;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Exercise udp-1, a classic mistake. */
public final class RequestClient implements AutoCloseable {
    public static final int ID_BYTES = 4;
    public static final int MAX_DATAGRAM = 65_507;

    private final InetSocketAddress server;
    private final long firstTimeoutNanos;
    private final int maxAttempts;
    private final DatagramSocket socket;
    private final byte[] buffer = new byte[MAX_DATAGRAM];
    // A random start, as DNS does, so ids are hard to guess; then one more per request.
    private int nextId = ThreadLocalRandom.current().nextInt();

    public RequestClient(InetSocketAddress server, Duration firstTimeout, int maxAttempts) throws IOException {
        if (firstTimeout.isNegative() || firstTimeout.isZero()) {
            throw new IllegalArgumentException("firstTimeout must be positive, got " + firstTimeout);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        this.server = server;
        this.firstTimeoutNanos = firstTimeout.toNanos();
        this.maxAttempts = maxAttempts;
        this.socket = new DatagramSocket();
    }

    public byte[] request(byte[] payload) throws IOException {
        if (payload.length > MAX_DATAGRAM - ID_BYTES) {
            throw new IllegalArgumentException("a payload holds at most " + (MAX_DATAGRAM - ID_BYTES) + " bytes, got "
                    + payload.length);
        }
        int id = nextId++;
        byte[] request = ByteBuffer.allocate(ID_BYTES + payload.length).putInt(id).put(payload).array();
        long timeout = firstTimeoutNanos;
        // Mistake: no backoff, every attempt waits firstTimeout, so the retries of a slow or congested exchange come as fast as the first try and add to the load.
        // Breaks: attempt 2 twice that, attempt 3 four times that
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            socket.send(new DatagramPacket(request, request.length, server));
            byte[] answer = awaitAnswer(id, System.nanoTime() + timeout);
            if (answer != null) {
                return answer;
            }
        }
        throw new SocketTimeoutException("no answer from " + server + " after " + maxAttempts + " attempts");
    }

    /** The answer to request {@code id}, or null if none came before the deadline. */
    private byte[] awaitAnswer(int id, long deadline) throws IOException {
        DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            // What is left of this attempt, not a fresh timeout; and never 0, which means "forever".
            socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            try {
                socket.receive(reply);
            } catch (SocketTimeoutException e) {
                return null;
            }
            if (reply.getSocketAddress().equals(server) && reply.getLength() >= ID_BYTES
                    && ByteBuffer.wrap(buffer).getInt() == id) {
                return Arrays.copyOfRange(buffer, ID_BYTES, reply.getLength());
            }
            // Stale, duplicated, too short or from a stranger: not our answer, keep waiting.
        }
        return null;
    }

    @Override
    public void close() {
        socket.close();
    }
}
