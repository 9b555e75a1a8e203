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
        // Mistake: closes the listener and returns at once; the accept thread is still on its way out.
        // Breaks: returns only once every thread the server started has ended
        listener.close();
    }
}
