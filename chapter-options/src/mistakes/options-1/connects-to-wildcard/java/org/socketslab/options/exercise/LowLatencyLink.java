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
        // Mistake: keeps only the port of the server's address, so it connects to whatever listens on it locally.
        // Breaks: the address given (IPv4 or IPv6)
        socket.connect(new InetSocketAddress(server.getPort()), 5_000);
        return socket;
    }

    public static Socket accept(ServerSocket listener) throws IOException {
        Socket socket = listener.accept();
        socket.setTcpNoDelay(true);
        return socket;
    }
}
