package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;

/** Exercise options-1, a classic mistake. */
public final class LowLatencyLink {
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private LowLatencyLink() {
    }

    public static Socket connect(InetSocketAddress server) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
            socket.connect(server, CONNECT_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        // Mistake: try-with-resources closes the accepted socket before the caller can use it.
        // Breaks: return it, still open
        try (Socket socket = listener.accept()) {
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
            return socket;
        }
    }
}
