package org.socketslab.framing.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback server that sends every client the same bytes, ends its side of the stream, and
 * waits for the client to hang up: the far end of a graded read test, usually behind a proxy.
 */
final class BytesServer implements AutoCloseable {
    private static final int PATIENCE_MILLIS = 3_000;

    private final ServerSocket listener;
    private final Thread thread;
    private final byte[] bytes;

    BytesServer(byte[] bytes) throws IOException {
        this.bytes = bytes;
        listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "bytes-server");
        thread.setDaemon(true);
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                client.setSoTimeout(PATIENCE_MILLIS);
                client.getOutputStream().write(bytes);
                client.shutdownOutput();
                InputStream in = client.getInputStream();
                while (in.read() != -1) {
                    // Waits for the client to close, so its last bytes are never cut off by a reset.
                }
            } catch (IOException e) {
                // The client went away, or the listener closed: on to the next one.
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        try {
            thread.join(PATIENCE_MILLIS * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
