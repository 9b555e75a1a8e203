package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;

/** Exercise options-1, a classic mistake. */
public final class LowLatencyLink {
    private LowLatencyLink() {
    }

    public static Socket connect(InetSocketAddress server) throws IOException {
        Socket socket = new Socket();
        // Mistake: a bigger send buffer instead of TCP_NODELAY; Nagle waits for an ACK, not for room.
        // Breaks: The socket has TCP_NODELAY on
        socket.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
        socket.connect(server, 5_000);
        return socket;
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        socket.setOption(StandardSocketOptions.SO_SNDBUF, 1 << 20);
        return socket;
    }
}
