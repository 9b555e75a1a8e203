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
            // Mistake: reads TCP_NODELAY as "delay", and turns it off to have no delay; off is Nagle's default.
            // Breaks: The socket has TCP_NODELAY on
            socket.setOption(StandardSocketOptions.TCP_NODELAY, false);
            socket.connect(server, CONNECT_TIMEOUT_MILLIS);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        // Each end decides for its own writes: the client's setting does nothing for the server's.
        socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return socket;
    }
}
