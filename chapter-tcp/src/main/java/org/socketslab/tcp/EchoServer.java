package org.socketslab.tcp;

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

/** An upper-casing TCP echo server that serves many clients at once, one thread per connection. */
public final class EchoServer implements AutoCloseable {
    // tag::defaults[]
    static final String DEFAULT_BIND = "127.0.0.1";
    static final int DEFAULT_PORT = 7007;
    private static final int BACKLOG = 50;
    // end::defaults[]

    private final ServerSocket listener;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private EchoServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "echo-acceptor");
    }

    /** Binds now, in the caller's thread, so the port is known (and taken) before this returns. */
    public static EchoServer start(InetAddress bindAddress, int port) throws IOException {
        // tag::bind[]
        // socket() + bind() + listen() in one call; port 0 asks the kernel for any free port.
        ServerSocket listener = new ServerSocket(port, BACKLOG, bindAddress);
        // end::bind[]
        EchoServer server = new EchoServer(listener);
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
                Socket client = listener.accept(); // blocks until a client completes the handshake
                clients.add(client);
                Thread handler = new Thread(() -> serve(client), "echo-" + client.getPort());
                handler.setDaemon(true);
                handler.start(); // back to accept() at once: one slow client cannot hold up the others
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    System.err.println("accept failed: " + e);
                }
            }
        }
    }
    // end::accept-loop[]

    // tag::serve[]
    private void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) { // -1: the client closed its side
                Uppercase.inPlace(buffer, n);
                out.write(buffer, 0, n); // write() sends all n bytes before it returns
            }
        } catch (SocketException e) {
            // The client reset or vanished: this connection is over, the server is not.
        } catch (IOException e) {
            System.err.println("client " + client.getRemoteSocketAddress() + ": " + e);
        } finally {
            clients.remove(client);
        }
    }
    // end::serve[]

    // tag::stop[]
    /** Stops accepting, disconnects every client and waits for the acceptor to finish. */
    @Override
    public void close() throws IOException {
        listener.close(); // accept() now throws, which ends the accept loop
        for (Socket client : clients) {
            client.close(); // a blocked read() throws, which ends that handler
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    // end::stop[]

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parseOrExit("EchoServer", args, DEFAULT_BIND, DEFAULT_PORT);
        try (EchoServer server = start(InetAddress.getByName(options.host()), options.port())) {
            System.out.println("Upper-casing echo server listening on " + options.host() + ":" + server.address().getPort()
                    + " (Ctrl-C to stop; try: nc " + options.host() + " " + server.address().getPort() + ")");
            server.acceptor.join();
        } catch (IOException e) {
            // Most often the port is taken (BindException) or the address is not one of this machine's.
            System.err.println("EchoServer: cannot listen on " + options.host() + ":" + options.port() + ": " + e);
            System.exit(1);
        }
    }
}
