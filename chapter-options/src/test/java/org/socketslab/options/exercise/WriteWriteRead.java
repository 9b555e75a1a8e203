package org.socketslab.options.exercise;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;

/**
 * The write-write-read pattern that Nagle's algorithm and delayed ACKs slow down: a 4-byte header,
 * a 100-byte body, then wait for an 8-byte answer. {@link Answerer} is the other end.
 */
final class WriteWriteRead {
    static final int HEADER = 4;
    static final int BODY = 100;
    static final int ANSWER = 8;
    private static final int WARM_UP = 5; // Linux ACKs a new connection's first segments at once
    private static final int ROUND_TRIPS = 15;

    private WriteWriteRead() {
    }

    /** The median of {@value #ROUND_TRIPS} round trips on {@code socket}, in microseconds, after a warm-up. */
    static long medianMicros(Socket socket) throws IOException {
        socket.setSoTimeout(3_000);
        OutputStream out = socket.getOutputStream();
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] answer = new byte[ANSWER];
        long[] micros = new long[ROUND_TRIPS];
        for (int i = -WARM_UP; i < ROUND_TRIPS; i++) {
            long start = System.nanoTime();
            out.write(new byte[HEADER]);
            out.write(new byte[BODY]);
            in.readFully(answer);
            if (i >= 0) {
                micros[i] = (System.nanoTime() - start) / 1000;
            }
        }
        Arrays.sort(micros);
        return micros[ROUND_TRIPS / 2];
    }

    /** Answers every whole request on its socket with one write, with TCP_NODELAY on, until the peer closes. */
    static final class Answerer implements AutoCloseable {
        private final Socket socket;
        private final Thread thread;

        Answerer(Socket socket) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(5_000);
            thread = new Thread(this::answer, "options-answerer");
            thread.setDaemon(true);
            thread.start();
        }

        private void answer() {
            try {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] request = new byte[HEADER + BODY];
                while (true) {
                    in.readFully(request);
                    socket.getOutputStream().write(new byte[ANSWER]);
                }
            } catch (IOException e) {
                // The measuring end closed: done.
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
