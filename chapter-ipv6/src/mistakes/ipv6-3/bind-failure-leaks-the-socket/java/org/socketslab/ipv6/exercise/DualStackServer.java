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

    private DualStackServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "ipv6-3-acceptor");
    }

    public static DualStackServer start(int port) throws IOException {
        ServerSocket listener = new ServerSocket();
        // Mistake: when bind() fails, the exception goes up and the socket it was called on stays open.
        // Breaks: and leaves no socket open
        listener.bind(new InetSocketAddress(InetAddress.getByName("::"), port));
        DualStackServer server = new DualStackServer(listener);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
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
