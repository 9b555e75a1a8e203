package org.socketslab.ipv6;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An echo server on one socket bound to {@code ::}, which serves IPv4 and IPv6 clients alike and
 * reports each client's address and family.
 */
public final class DualStackEchoServer implements AutoCloseable {
    // tag::defaults[]
    static final String DEFAULT_BIND = "::"; // every interface, both families: see the docs before you change it
    static final int DEFAULT_PORT = 7008;
    private static final int BACKLOG = 50;
    // end::defaults[]

    private final ServerSocket listener;
    private final Consumer<String> log;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private DualStackEchoServer(ServerSocket listener, Consumer<String> log) {
        this.listener = listener;
        this.log = log;
        this.acceptor = new Thread(this::acceptLoop, "dual-stack-acceptor");
    }

    /** Binds now, in the caller's thread; {@code log} receives one line per client. */
    public static DualStackEchoServer start(InetAddress bindAddress, int port, Consumer<String> log) throws IOException {
        // tag::bind[]
        // An IPv6 address (here ::, "any") makes Java open an IPv6 socket. On Linux the JDK clears
        // IPV6_V6ONLY on it, so IPv4 clients reach the same socket through IPv4-mapped addresses.
        ServerSocket listener = new ServerSocket(port, BACKLOG, bindAddress);
        // end::bind[]
        DualStackEchoServer server = new DualStackEchoServer(listener, log);
        server.acceptor.start();
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    // tag::accept-loop[]
    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                // An IPv4 client shows up as an Inet4Address: Java unmaps ::ffff:127.0.0.1 for us.
                InetSocketAddress peer = (InetSocketAddress) client.getRemoteSocketAddress();
                log.accept("peer " + AddressFamily.describe(peer));
                clients.add(client);
                Thread handler = new Thread(() -> echo(client), "dual-stack-" + client.getPort());
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    System.err.println("accept failed: " + e);
                }
            }
        }
    }
    // end::accept-loop[]

    private void echo(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            in.transferTo(out); // every byte back, unchanged, until the client closes its side
        } catch (SocketException e) {
            // The client reset or vanished: this connection is over, the server is not.
        } catch (IOException e) {
            System.err.println("client " + client.getRemoteSocketAddress() + ": " + e);
        } finally {
            clients.remove(client);
        }
    }

    /** Stops accepting, disconnects every client and waits for the acceptor to finish. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket client : clients) {
            client.close();
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parseOrExit("DualStackEchoServer", args, DEFAULT_BIND, DEFAULT_PORT);
        try (DualStackEchoServer server = start(InetAddress.getByName(options.host()), options.port(), System.out::println)) {
            int port = server.address().getPort();
            System.out.println("Dual-stack echo server listening on " + AddressFamily.describe(server.address())
                    + " (Ctrl-C to stop; try: nc -N 127.0.0.1 " + port + " and nc -6 -N ::1 " + port + ")");
            server.acceptor.join();
        } catch (IOException e) {
            // Most often the port is taken (BindException); with an IPv6 address, also a machine without IPv6.
            System.err.println("DualStackEchoServer: cannot listen on " + options.host() + " port " + options.port() + ": " + e
                    + (options.host().contains(":") ? Ipv6EchoClient.NO_IPV6_HINT : ""));
            System.exit(1);
        }
    }
}
