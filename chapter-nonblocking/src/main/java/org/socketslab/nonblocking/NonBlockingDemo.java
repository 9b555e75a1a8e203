package org.socketslab.nonblocking;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs the chapter's three examples: timeouts, connects to several endpoints at once, the one-thread server. */
public final class NonBlockingDemo {
    static final Duration DRIBBLE_PAUSE = Duration.ofMillis(40);
    static final Duration PER_READ = Duration.ofMillis(1_000);
    static final Duration BUDGET = Duration.ofMillis(300);
    static final Duration CONNECT_LIMIT = Duration.ofMillis(500);
    static final int CLIENTS = 200;

    private NonBlockingDemo() {
    }

    public static void main(String[] args) throws IOException {
        timeouts();
        connects();
        oneThreadServer();
    }

    // tag::timeouts[]
    private static void timeouts() throws IOException {
        String line = "a line sent one byte every " + DRIBBLE_PAUSE.toMillis() + " ms";
        try (DribblingLineServer slow = DribblingLineServer.start(line, DRIBBLE_PAUSE)) {
            try (TimeoutClient client = new TimeoutClient(slow.address(), Duration.ofSeconds(2))) {
                long start = System.nanoTime();
                String got = client.readLineWithReadTimeout(PER_READ); // no read waits 1 s: it never fires
                System.out.printf("per-read timeout %d ms: got \"%s\" after %d ms%n", PER_READ.toMillis(), got,
                        (System.nanoTime() - start) / 1_000_000);
            }
            long start = System.nanoTime();
            try (TimeoutClient client = new TimeoutClient(slow.address(), Duration.ofSeconds(2))) {
                client.readLineWithin(BUDGET);
                System.out.println("deadline: the whole line came in time (an unusually fast machine)");
            } catch (SocketTimeoutException e) { // the budget for the whole line ran out first
                System.out.printf("deadline %d ms: SocketTimeoutException \"%s\" after %d ms%n", BUDGET.toMillis(),
                        e.getMessage(), (System.nanoTime() - start) / 1_000_000);
            }
        }
    }
    // end::timeouts[]

    private static void connects() throws IOException {
        try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             HangingEndpoint hung = new HangingEndpoint()) {
            InetSocketAddress refused;
            try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                refused = (InetSocketAddress) gone.getLocalSocketAddress(); // closed below: nothing listens there
            }
            List<InetSocketAddress> endpoints = List.of(
                    (InetSocketAddress) open.getLocalSocketAddress(), refused, hung.address());
            System.out.println("connecting to 3 endpoints at once, " + CONNECT_LIMIT.toMillis() + " ms at most:");
            for (String outcome : ConnectProbe.probe(endpoints, CONNECT_LIMIT)) {
                System.out.println("  " + outcome);
            }
        }
    }

    private static void oneThreadServer() throws IOException {
        try (SelectorEchoServer server = SelectorEchoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    Socket client = new Socket(server.address().getAddress(), server.address().getPort());
                    client.setSoTimeout(5_000);
                    clients.add(client);
                }
                for (int i = 0; i < clients.size(); i++) {
                    clients.get(i).getOutputStream().write(("hello from client " + i + "\n").getBytes(StandardCharsets.UTF_8));
                }
                int echoed = 0;
                for (int i = 0; i < clients.size(); i++) {
                    String expected = ("HELLO FROM CLIENT " + i + "\n");
                    byte[] reply = clients.get(i).getInputStream().readNBytes(expected.length());
                    echoed += expected.equals(new String(reply, StandardCharsets.UTF_8)) ? 1 : 0;
                }
                System.out.println("one server thread, " + server.connections() + " clients connected, "
                        + echoed + " got their line back upper-cased, e.g. \"HELLO FROM CLIENT 0\"");
            } finally {
                for (Socket client : clients) {
                    client.close();
                }
            }
        }
        System.out.println("servers closed");
    }

    /**
     * Where connects hang, on loopback: a listener with a backlog of 1 that never accepts, its queue
     * filled by two connections of its own, so the kernel ignores every further SYN. (The tests use
     * lab-kit's HungConnectEndpoint, which does the same with more care; the demo runs without lab-kit.)
     */
    private static final class HangingEndpoint implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final List<Socket> fillers = new ArrayList<>();

        HangingEndpoint() throws IOException {
            try {
                while (fillers.size() < 2) {
                    Socket filler = new Socket();
                    fillers.add(filler);
                    filler.connect(listener.getLocalSocketAddress(), 2_000);
                }
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        InetSocketAddress address() {
            return (InetSocketAddress) listener.getLocalSocketAddress();
        }

        @Override
        public void close() throws IOException {
            for (Socket filler : fillers) {
                filler.close();
            }
            listener.close();
        }
    }
}
