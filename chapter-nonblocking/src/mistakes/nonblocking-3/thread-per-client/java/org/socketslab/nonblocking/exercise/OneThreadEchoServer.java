package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Exercise nonblocking-3, a classic mistake. */
public final class OneThreadEchoServer implements AutoCloseable {
    public static final int MAX_PENDING = 64 * 1024;

    private final ServerSocket listener;
    private final Thread acceptor;
    private final Map<Socket, Thread> connections = new ConcurrentHashMap<>();

    private OneThreadEchoServer(ServerSocket listener) {
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "nonblocking3-acceptor");
    }

    public static OneThreadEchoServer start(InetSocketAddress bindAddress) throws IOException {
        ServerSocket listener = new ServerSocket();
        try {
            listener.bind(bindAddress, 1024);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        OneThreadEchoServer server = new OneThreadEchoServer(listener);
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
                // Mistake: a blocking thread per client, the design this exercise replaces: 1,000 clients, 1,000 threads.
                // Breaks: One thread, the one this method starts, serves every client
                Thread handler = new Thread(() -> echo(client), "nonblocking3-client-" + client.getPort());
                connections.put(client, handler);
                handler.start();
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
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
