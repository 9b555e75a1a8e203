package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Exercise options-1, a classic mistake. */
public final class LowLatencyLink {
    private LowLatencyLink() {
    }

    public static Socket connect(InetSocketAddress server) throws IOException {
        Socket socket = new Socket();
        // Mistake: TCP_NODELAY only on the server's end; the client's own pieces still wait for an ACK.
        // Breaks: The socket has TCP_NODELAY on
        socket.connect(server, 5_000);
        return socket;
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        return socket;
    }
}
