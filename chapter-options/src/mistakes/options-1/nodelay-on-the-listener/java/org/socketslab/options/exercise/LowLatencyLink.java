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
        socket.setTcpNoDelay(true);
        socket.connect(server, 5_000);
        return socket;
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        // Mistake: sets TCP_NODELAY on the listening socket, which has no such option in Java, not on the accepted one.
        // Breaks: The accepted socket has TCP_NODELAY on too
        listener.setOption(StandardSocketOptions.TCP_NODELAY, true);
        return listener.accept();
    }
}
