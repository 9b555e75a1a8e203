package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;

/** Exercise options-1, reference solution. */
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
        Socket socket = listener.accept();
        // Each end decides for its own writes: the client's setting does nothing for the server's.
        socket.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return socket;
    }
}
