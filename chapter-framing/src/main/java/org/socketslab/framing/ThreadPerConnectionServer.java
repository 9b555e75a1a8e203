package org.socketslab.framing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A TCP server that gives each connection its own thread and a {@link ConnectionHandler}. When a
 * connection fails (reset, garbage, an oversized frame), it reports that in one line and goes on
 * serving everyone else.
 */
public final class ThreadPerConnectionServer implements AutoCloseable {
    private static final int BACKLOG = 50;

    private final ServerSocket listener;
    private final ConnectionHandler handler;
    private final Consumer<String> log;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private ThreadPerConnectionServer(ServerSocket listener, ConnectionHandler handler, Consumer<String> log) {
        this.listener = listener;
        this.handler = handler;
        this.log = log;
        this.acceptor = new Thread(this::acceptLoop, "framing-acceptor-" + listener.getLocalPort());
    }

    /** Binds now, in the caller's thread (port 0: any free port), then accepts in the background. */
    public static ThreadPerConnectionServer start(InetAddress bindAddress, int port, ConnectionHandler handler,
            Consumer<String> log) throws IOException {
        ThreadPerConnectionServer server = new ThreadPerConnectionServer(
                new ServerSocket(port, BACKLOG, bindAddress), handler, log);
        server.acceptor.start();
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                clients.add(client);
                Thread thread = new Thread(() -> serveOne(client), "framing-client-" + client.getPort());
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.accept("accept failed: " + e);
                }
            }
        }
    }

    // tag::serve-one[]
    private void serveOne(Socket client) {
        String peer = client.getInetAddress().getHostAddress() + ":" + client.getPort();
        try {
            handler.serve(client.getInputStream(), client.getOutputStream());
        } catch (IOException | RuntimeException e) {
            if (!listener.isClosed()) { // when the server stops, all connections fail: no news
                log.accept("client " + peer + ": " + describe(e) + " (connection closed)");
            }
        } finally {
            clients.remove(client);
            closeQuietly(client);
        }
    }
    // end::serve-one[]

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Released either way.
        }
    }

    /** Stops accepting, disconnects every client and waits for the acceptor to finish. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket client : clients) {
            closeQuietly(client);
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs until the process is stopped (the examples' {@code main}). */
    void awaitStop() throws InterruptedException {
        acceptor.join();
    }
}
