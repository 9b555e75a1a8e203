package org.socketslab.options;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;

/**
 * Measures write-write-read round trips (a 4-byte header, then a 100-byte body, then wait for the
 * answer) with Nagle's algorithm on, then with {@code TCP_NODELAY}, against the same server.
 */
public final class NagleDemo {
    static final int HEADER = 4;
    static final int BODY = 100;
    static final int ANSWER = 8;
    static final int WARM_UP = 5;
    static final int ROUND_TRIPS = 20;

    private NagleDemo() {
    }

    /** The median and 90th percentile of one series, in microseconds. */
    record Latency(boolean noDelay, long p50Micros, long p90Micros) {
    }

    public static void main(String[] args) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerEveryRequest(listener), "nagle-server");
            server.setDaemon(true);
            server.start();
            Latency nagle = measure(listener, false);
            Latency noDelay = measure(listener, true);
            for (Latency latency : new Latency[] {nagle, noDelay}) {
                System.out.printf("TCP_NODELAY %-5s  p50 %,9.2f ms   p90 %,9.2f ms   (%d write-write-read round trips)%n",
                        latency.noDelay(), latency.p50Micros() / 1000.0, latency.p90Micros() / 1000.0, ROUND_TRIPS);
            }
            System.out.printf("with Nagle on, the median round trip took %,.0f times as long%n",
                    (double) nagle.p50Micros() / Math.max(1, noDelay.p50Micros()));
        }
    }

    static Latency measure(ServerSocket listener, boolean noDelay) throws IOException {
        try (Socket socket = new Socket(listener.getInetAddress(), listener.getLocalPort())) {
            socket.setSoTimeout(5_000);
            // tag::nodelay[]
            socket.setTcpNoDelay(noDelay); // or setOption(StandardSocketOptions.TCP_NODELAY, noDelay)
            // end::nodelay[]
            long[] micros = new long[ROUND_TRIPS];
            for (int i = -WARM_UP; i < ROUND_TRIPS; i++) { // Linux ACKs the first segments at once: warm up first
                long took = roundTrip(socket);
                if (i >= 0) {
                    micros[i] = took;
                }
            }
            Arrays.sort(micros);
            return new Latency(noDelay, micros[ROUND_TRIPS / 2], micros[ROUND_TRIPS * 9 / 10]);
        }
    }

    // tag::write-write-read[]
    private static long roundTrip(Socket socket) throws IOException {
        OutputStream out = socket.getOutputStream();
        long start = System.nanoTime();
        out.write(new byte[HEADER]); // sent at once: nothing is waiting for an ACK
        out.write(new byte[BODY]);   // Nagle: held back until the header is ACKed...
        socket.getInputStream().readNBytes(ANSWER); // ...which the server delays: no answer yet
        return (System.nanoTime() - start) / 1000;
    }
    // end::write-write-read[]

    private static void answerEveryRequest(ServerSocket listener) {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                OutputStream out = client.getOutputStream();
                byte[] request = new byte[HEADER + BODY];
                while (true) {
                    in.readFully(request); // the answer needs the whole request
                    out.write(new byte[ANSWER]);
                }
            } catch (IOException e) {
                // The client hung up (EOFException) or the demo is over: serve the next one.
            }
        }
    }
}
