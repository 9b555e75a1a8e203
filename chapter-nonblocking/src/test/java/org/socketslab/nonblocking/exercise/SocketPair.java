package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Both ends of one loopback connection, made in the test's own thread: no server thread to manage. */
final class SocketPair implements AutoCloseable {
    final Socket client;
    final Socket server;

    private SocketPair(Socket client, Socket server) {
        this.client = client;
        this.server = server;
    }

    static SocketPair open() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(5_000);
            Socket client = new Socket();
            try {
                client.connect(listener.getLocalSocketAddress(), 5_000);
                return new SocketPair(client, listener.accept());
            } catch (IOException e) {
                client.close();
                throw e;
            }
        }
    }

    /** Writes {@code bytes} from the server's end, in one write. */
    void serverSends(byte[] bytes) throws IOException {
        server.getOutputStream().write(bytes);
    }

    @Override
    public void close() throws IOException {
        try (client; server) {
            // both closed
        }
    }
}
