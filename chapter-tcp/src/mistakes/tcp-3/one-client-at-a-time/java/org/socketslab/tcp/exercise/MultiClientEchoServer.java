package org.socketslab.tcp.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Exercise tcp-3, a classic mistake. */
public final class MultiClientEchoServer implements AutoCloseable {
    private static final long JOIN_MILLIS = 2_000;

    private final ServerSocket listener;
    private final Thread acceptor;
    private final Map<Socket, Thread> connections = new ConcurrentHashMap<>();

    private MultiClientEchoServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "tcp3-acceptor");
    }

    public static MultiClientEchoServer start(InetSocketAddress bindAddress) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(bindAddress);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        MultiClientEchoServer server = new MultiClientEchoServer(listener);
        server.acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                // Mistake: serves each client in the accept loop, so the next client waits until this one leaves.
                // Breaks: a client that connects and sends nothing must not delay any other client
                connections.put(client, Thread.currentThread());
                echo(client);
            } catch (IOException e) {
                // accept() fails once the listener is closed; the loop condition ends it then.
            }
        }
    }

    private void echo(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // Reset, vanished, or closed by close(): only this connection ends.
        } finally {
            connections.remove(client);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        join(acceptor);
        for (Map.Entry<Socket, Thread> connection : connections.entrySet()) {
            connection.getKey().close();
            join(connection.getValue());
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
