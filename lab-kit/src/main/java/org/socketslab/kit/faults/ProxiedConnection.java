package org.socketslab.kit.faults;

import java.io.IOException;
import java.net.Socket;

/**
 * One client's connection through a {@link ChunkingProxy}: the client leg, the upstream leg to
 * the real server, and the two {@link Pump}s between them. Owns both sockets and guarantees
 * that, however the connection ends, both get closed exactly once.
 */
final class ProxiedConnection {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final long index;
    private final Socket client;
    // Created unconnected up front so that close() can cut short a connect still in progress.
    private final Socket upstream = new Socket();
    private final ChunkingProxy proxy;
    private final String name;

    private final Object lock = new Object();
    private boolean closed;
    private int directionsFinished;

    ProxiedConnection(long index, Socket client, ChunkingProxy proxy) {
        this.index = index;
        this.client = client;
        this.proxy = proxy;
        this.name = "conn" + index;
    }

    String name() {
        return name;
    }

    /**
     * Connects upstream, starts the server-to-client pump in a second thread and then pumps
     * client-to-server in this one. Connecting here rather than in the accept loop keeps one
     * slow upstream from holding up every other client.
     */
    void run() {
        Pump toServer;
        Pump toClient;
        try {
            // Without TCP_NODELAY the kernel would glue the pieces back together (Nagle).
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            upstream.connect(proxy.target(), CONNECT_TIMEOUT_MILLIS);
            toServer = pump(Direction.CLIENT_TO_SERVER, client, upstream);
            toClient = pump(Direction.SERVER_TO_CLIENT, upstream, client);
        } catch (IOException e) {
            // The server refused or vanished: the client sees a reset, as through a real proxy.
            abort();
            return;
        }
        synchronized (lock) {
            if (closed) {
                return;
            }
            proxy.workers().start(name + "-s2c", toClient);
        }
        toServer.run();
    }

    private Pump pump(Direction way, Socket from, Socket to) throws IOException {
        ChunkingRules rules = proxy.rules();
        Outlet outlet = rules.outletFor(way, to.getOutputStream(), proxy.counter(way));
        return new Pump(from, to, rules.shaperFor(index, way), outlet, this);
    }

    /** One direction reached its end and passed the half-close on; the second one closes up. */
    void directionFinished() {
        synchronized (lock) {
            if (++directionsFinished < 2) {
                return;
            }
        }
        close();
    }

    /** Ends the connection with an ordinary close of both legs. */
    void close() {
        if (markClosed()) {
            closeQuietly(client);
            closeQuietly(upstream);
            proxy.forget(this);
        }
    }

    /**
     * Ends the connection with a reset (SO_LINGER 0) on both legs: a failure on one leg is
     * passed on to the peer on the other, which must not mistake it for an orderly end.
     */
    void abort() {
        if (markClosed()) {
            reset(client);
            reset(upstream);
            proxy.forget(this);
        }
    }

    private boolean markClosed() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            closed = true;
            return true;
        }
    }

    private static void reset(Socket socket) {
        try {
            if (socket.isConnected() && !socket.isClosed()) {
                socket.setSoLinger(true, 0);
            }
        } catch (IOException alreadyGone) {
            // Closing below is all that is left to do.
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the socket is released either way.
        }
    }
}
