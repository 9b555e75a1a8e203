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
        // Mistake: try-with-resources closes the socket on the way out, so the caller gets it closed.
        // Breaks: connected and still open
        try (Socket socket = new Socket()) {
            socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
            socket.connect(server, CONNECT_TIMEOUT_MILLIS);
            return socket;
        }
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        // Each end decides for its own writes: the client's setting does nothing for the server's.
        socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return socket;
    }
}
