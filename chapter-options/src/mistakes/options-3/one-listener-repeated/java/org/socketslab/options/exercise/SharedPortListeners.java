package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardSocketOptions;
import java.util.ArrayList;
import java.util.List;

/** Exercise options-3, a classic mistake. */
public final class SharedPortListeners {
    private SharedPortListeners() {
    }

    public static List<ServerSocket> listen(InetAddress address, int port, int count) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        List<ServerSocket> listeners = new ArrayList<>();
        try {
            int shared = port;
            ServerSocket listener = new ServerSocket();
            listeners.add(listener);
            listener.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            listener.bind(new InetSocketAddress(address, shared));
            // Mistake: returns the same listener count times: one socket, however many threads accept on it.
            // Breaks: It returns count distinct listening sockets
            return new ArrayList<>(java.util.Collections.nCopies(count, listener));
        } catch (IOException | RuntimeException e) {
            for (ServerSocket listener : listeners) {
                listener.close();
            }
            throw e;
        }
    }
}
