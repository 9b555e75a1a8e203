package org.socketslab.ipv6;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts the dual-stack echo server on {@code ::} and a free port, connects once over IPv4 and
 * once over IPv6, and prints what each client sent and received and how the server saw it.
 */
public final class Ipv6Demo {
    static final String NO_IPV6 = "This machine has no IPv6 loopback";

    private Ipv6Demo() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        DualStackEchoServer server;
        try {
            server = DualStackEchoServer.start(InetAddress.getByName("::"), 0, seen::add);
        } catch (IOException e) {
            System.out.println(NO_IPV6 + " (binding :: failed: " + e + "), so there is no dual-stack socket to show."
                    + " Look for ::1 in `ip -6 addr show lo`, and do not run Java with -Djava.net.preferIPv4Stack=true.");
            return;
        }
        // tag::demo[]
        try (server) {
            int port = server.address().getPort();
            System.out.println("server listening on " + AddressFamily.describe(server.address()) + ", one socket");
            for (String client : List.of("127.0.0.1", "::1")) { // literals: parsed, never looked up
                InetSocketAddress target = new InetSocketAddress(InetAddress.getByName(client), port);
                try (Socket socket = new Socket()) {
                    socket.connect(target, 5_000);
                    socket.setSoTimeout(5_000);
                    String line = "hello over " + AddressFamily.of(target.getAddress());
                    socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
                    String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.UTF_8)).readLine();
                    System.out.println("client " + AddressFamily.describe((InetSocketAddress) socket.getLocalSocketAddress())
                            + " sent \"" + line + "\", received \"" + reply + "\"");
                    System.out.println("  server saw " + seen.poll(5, TimeUnit.SECONDS));
                }
            }
        }
        // end::demo[]
        System.out.println("server closed");
    }
}
