package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import jdk.net.ExtendedSocketOptions;

/** Exercise options-1, a classic mistake. */
public final class LowLatencyLink {
    private LowLatencyLink() {
    }

    public static Socket connect(InetSocketAddress server) throws IOException {
        Socket socket = new Socket();
        // Mistake: TCP_QUICKACK instead of TCP_NODELAY; it changes when this end ACKs, not when it sends.
        // Breaks: The socket has TCP_NODELAY on
        socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        socket.connect(server, 5_000);
        return socket;
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        return socket;
    }
}
