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
        socket.setTcpNoDelay(true);
        socket.connect(server, 5_000);
        return socket;
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        // Mistake: TCP_NODELAY only on the client's end; the server's answers still wait for an ACK.
        // Breaks: The accepted socket has TCP_NODELAY on too
        return socket;
    }
}
