package org.socketslab.nonblocking;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A deliberately slow server for the demo: it sends each client one line, one byte at a time. */
public final class DribblingLineServer implements AutoCloseable {
    private final ServerSocket listener;
    private final byte[] line;
    private final Duration pause;
    private final Thread thread;

    private DribblingLineServer(ServerSocket listener, String line, Duration pause) {
        this.listener = listener;
        this.line = (line + "\n").getBytes(StandardCharsets.UTF_8);
        this.pause = pause;
        this.thread = new Thread(this::serve, "dribbling-line-server");
        this.thread.setDaemon(true);
    }

    /** Binds a free loopback port now; every client gets {@code line}, one byte per {@code pause}. */
    public static DribblingLineServer start(String line, Duration pause) throws IOException {
        DribblingLineServer server = new DribblingLineServer(
                new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), line, pause);
        server.thread.start();
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept(); OutputStream out = client.getOutputStream()) {
                client.setTcpNoDelay(true); // each byte leaves at once, as its own segment
                for (byte b : line) {
                    out.write(b);
                    Thread.sleep(pause.toMillis());
                }
            } catch (IOException e) {
                // The client gave up and closed, or the server is closing: next client.
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
