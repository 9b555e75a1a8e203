package org.socketslab.ipv6.exercise;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Exercise ipv6-3, a classic mistake. */
public final class DualStackServer implements AutoCloseable {
    private static final long JOIN_MILLIS = 2_000;

    private final ServerSocket listener;
    private final Thread acceptor;
    private volatile boolean running = true;

    private DualStackServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "ipv6-3-acceptor");
    }

    public static DualStackServer start(int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            // The IPv6 wildcard: Java opens an IPv6 socket with IPV6_V6ONLY off, so IPv4 clients come in too.
            listener.bind(new InetSocketAddress(InetAddress.getByName("::"), port));
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        DualStackServer server = new DualStackServer(listener);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        try {
            listener.setSoTimeout(200); // wakes accept() now and then to look at the flag
        } catch (IOException e) {
            return;
        }
        while (running) {
            try (Socket client = listener.accept()) {
                InetAddress peer = client.getInetAddress(); // an IPv4 peer is an Inet4Address: Java unmaps it
                String family = peer instanceof Inet6Address ? "IPv6" : "IPv4";
                String line = family + " " + peer.getHostAddress() + " " + client.getPort() + "\n";
                client.getOutputStream().write(line.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // No client within 200 ms, or this client vanished: look at the flag again.
            }
        }
    }

    @Override
    public void close() throws IOException {
        // Mistake: stops the accept loop with a flag and waits for it, but never closes the listening socket.
        // Breaks: stops accepting and returns only once the port is free
        running = false;
        try {
            acceptor.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
