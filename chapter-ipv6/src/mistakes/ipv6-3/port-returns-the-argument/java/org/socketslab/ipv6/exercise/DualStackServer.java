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
    private int requested;

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
        server.requested = port;
        server.acceptor.start();
        return server;
    }

    public int port() {
        // Mistake: returns the port start() was given, which for port 0 is not the port the system picked.
        // Breaks: when it is 0, any free port
        return requested;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                InetAddress peer = client.getInetAddress(); // an IPv4 peer is an Inet4Address: Java unmaps it
                String family = peer instanceof Inet6Address ? "IPv6" : "IPv4";
                String line = family + " " + peer.getHostAddress() + " " + client.getPort() + "\n";
                client.getOutputStream().write(line.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // The listener closed (the loop ends), or this client vanished (the next one is welcome).
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        try {
            acceptor.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
