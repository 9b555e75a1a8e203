package org.socketslab.framing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * A TCP server that gives each connection its own thread and a {@link ConnectionHandler}. When a
 * connection fails (reset, garbage, an oversized frame), it reports that in one line and goes on
 * serving everyone else. It serves a bounded number of clients at once, so that the memory they
 * can make it hold (a frame of up to the maximum each) is bounded too.
 */
public final class ThreadPerConnectionServer implements AutoCloseable {
    private static final int BACKLOG = 50;
    /** Clients served at once; more are refused. */
    static final int MAX_CLIENTS = 50;

    private final ServerSocket listener;
    private final ConnectionHandler handler;
    private final Consumer<String> log;
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final int maxClients;
    private final Semaphore slots;
    private final Thread acceptor;

    private ThreadPerConnectionServer(ServerSocket listener, ConnectionHandler handler, Consumer<String> log,
            int maxClients) {
        this.listener = listener;
        this.handler = handler;
        this.log = log;
        this.maxClients = maxClients;
        this.slots = new Semaphore(maxClients);
        this.acceptor = new Thread(this::acceptLoop, "framing-acceptor-" + listener.getLocalPort());
    }

    /** Binds now, in the caller's thread (port 0: any free port), then accepts in the background. */
    public static ThreadPerConnectionServer start(InetAddress bindAddress, int port, ConnectionHandler handler,
            Consumer<String> log) throws IOException {
        return start(bindAddress, port, handler, log, MAX_CLIENTS);
    }

    /** As above, serving at most {@code maxClients} clients at once (tests use a small number). */
    static ThreadPerConnectionServer start(InetAddress bindAddress, int port, ConnectionHandler handler,
            Consumer<String> log, int maxClients) throws IOException {
        ThreadPerConnectionServer server = new ThreadPerConnectionServer(
                new ServerSocket(port, BACKLOG, bindAddress), handler, log, maxClients);
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
                if (!slots.tryAcquire()) { // each client may hold a frame in memory: bound how many
                    log.accept("client " + peer(client) + ": refused, already serving " + maxClients
                            + " clients (connection closed)");
                    closeQuietly(client);
                    continue;
                }
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
        String peer = peer(client);
        try {
            handler.serve(client.getInputStream(), client.getOutputStream());
        } catch (IOException | RuntimeException e) {
            if (!listener.isClosed()) { // when the server stops, all connections fail: no news
                log.accept("client " + peer + ": " + describe(e) + " (connection closed)");
            }
        } finally {
            clients.remove(client);
            closeQuietly(client);
            slots.release();
        }
    }
    // end::serve-one[]

    private static String peer(Socket client) {
        return client.getInetAddress().getHostAddress() + ":" + client.getPort();
    }

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
