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
        // Mistake: one try around the whole loop, so the first client that fails ends the server.
        // Breaks: A client that resets or vanishes does not stop the server
        try {
            while (!listener.isClosed()) {
                serve(listener.accept());
            }
        } catch (IOException e) {
            // The listener closed, or a client failed: either way, the loop is over.
        }
    }

    private void serve(Socket accepted) throws IOException {
        try (Socket client = accepted) {
            InetAddress peer = client.getInetAddress(); // an IPv4 peer is an Inet4Address: Java unmaps it
            String family = peer instanceof Inet6Address ? "IPv6" : "IPv4";
            String line = family + " " + peer.getHostAddress() + " " + client.getPort() + "\n";
            client.getOutputStream().write(line.getBytes(StandardCharsets.US_ASCII));
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
