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
            for (int i = 0; i < count; i++) {
                // Mistake: try-with-resources around each listener closes it at the end of the loop body.
                // Breaks: Each listener accepts a share of the connections made to the port
                try (ServerSocket listener = new ServerSocket()) {
                    listeners.add(listener);
                    listener.setOption(StandardSocketOptions.SO_REUSEPORT, true);
                    listener.bind(new InetSocketAddress(address, shared));
                    shared = listener.getLocalPort();
                }
            }
            return listeners;
        } catch (IOException | RuntimeException e) {
            for (ServerSocket listener : listeners) {
                listener.close();
            }
            throw e;
        }
    }
}
