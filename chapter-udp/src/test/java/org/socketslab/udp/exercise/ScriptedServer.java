package org.socketslab.udp.exercise;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A loopback UDP server for the graded tests that speaks udp-1's protocol (a 4-byte id, then the
 * payload) and follows a script: which requests to answer, when, and with what.
 */
final class ScriptedServer implements AutoCloseable {
    /** How often {@link Script#idle} runs while no datagram arrives. */
    static final int TICK_MILLIS = 40;

    /** One datagram the server received. */
    record Request(int id, String text, SocketAddress from, long nanos) {
    }

    interface Script {
        /** Called for every datagram, in arrival order; {@code earlier} holds those before it. */
        void on(Request request, List<Request> earlier, ScriptedServer server) throws IOException;

        /** Called every {@link #TICK_MILLIS} ms in which nothing arrived. */
        default void idle(List<Request> earlier, ScriptedServer server) throws IOException {
        }
    }

    private final DatagramSocket socket;
    private final Script script;
    private final List<Request> requests = new ArrayList<>();
    private final Thread thread;

    ScriptedServer(Script script) throws IOException {
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.script = script;
        socket.setSoTimeout(TICK_MILLIS);
        thread = new Thread(this::serve, "udp-test-server");
        thread.setDaemon(true);
        thread.start();
    }

    /** Answers every request at once with {@link #answerTo}. */
    static ScriptedServer answering() throws IOException {
        return new ScriptedServer((request, earlier, server) -> server.answer(request));
    }

    /** Never answers; only records. */
    static ScriptedServer silent() throws IOException {
        return new ScriptedServer((request, earlier, server) -> { });
    }

    static String answerTo(String text) {
        return "answer to " + text;
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    void answer(Request request) throws IOException {
        reply(request.from(), request.id(), answerTo(request.text()));
    }

    void reply(SocketAddress to, int id, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] datagram = ByteBuffer.allocate(4 + body.length).putInt(id).put(body).array();
        send(to, datagram);
    }

    void send(SocketAddress to, byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length, to));
    }

    private void serve() {
        byte[] buffer = new byte[70_000];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException quiet) {
                    script.idle(requests(), this);
                    continue;
                }
                if (packet.getLength() < 4) {
                    continue;
                }
                Request request = new Request(ByteBuffer.wrap(buffer).getInt(),
                        new String(Arrays.copyOfRange(buffer, 4, packet.getLength()), StandardCharsets.UTF_8),
                        packet.getSocketAddress(), System.nanoTime());
                List<Request> earlier = requests();
                synchronized (this) {
                    requests.add(request);
                }
                script.on(request, earlier, this);
            } catch (IOException e) {
                // Closed (the loop ends), or a reply to a client that is gone: the test judges.
            }
        }
    }

    @Override
    public void close() {
        socket.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
