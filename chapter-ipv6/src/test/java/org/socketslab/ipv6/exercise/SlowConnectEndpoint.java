package org.socketslab.ipv6.exercise;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback address where a connect hangs until {@link #release()}, then completes at the
 * client's next SYN retransmission (about a second after its first SYN on Linux): a server that
 * answers late. Like lab-kit's HungConnectEndpoint, its listener's accept queue is full of
 * connections of its own, so the kernel drops new SYNs; releasing accepts one of them, which
 * makes room for the waiting client. It starts no thread.
 */
final class SlowConnectEndpoint implements AutoCloseable {
    private static final int BACKLOG = 1;
    private static final int MAX_FILLERS = 16;
    private static final int PROBE_MILLIS = 200;

    private final ServerSocket listener;
    private final List<Socket> opened = new ArrayList<>();

    private SlowConnectEndpoint(ServerSocket listener) {
        this.listener = listener;
    }

    static SlowConnectEndpoint on(InetAddress loopback) throws IOException {
        ServerSocket listener = new ServerSocket();
        SlowConnectEndpoint endpoint = new SlowConnectEndpoint(listener);
        try {
            listener.bind(new InetSocketAddress(loopback, 0), BACKLOG);
            endpoint.fill();
            return endpoint;
        } catch (IOException | RuntimeException e) {
            endpoint.close();
            throw e;
        }
    }

    /** Connects fillers until one connect times out: the accept queue is full. */
    private void fill() throws IOException {
        for (int i = 0; i < MAX_FILLERS; i++) {
            Socket filler = new Socket();
            opened.add(filler);
            try {
                filler.connect(address(), PROBE_MILLIS);
            } catch (SocketTimeoutException full) {
                return;
            }
        }
        throw new IOException("the accept queue of " + address() + " did not fill with " + MAX_FILLERS + " connections");
    }

    InetSocketAddress address() {
        return new InetSocketAddress(listener.getInetAddress(), listener.getLocalPort());
    }

    /** Accepts one queued connection, so the waiting client's next SYN is answered. */
    void release() throws IOException {
        listener.setSoTimeout(2_000);
        opened.add(listener.accept());
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : opened) {
            socket.close();
        }
        listener.close();
    }
}
