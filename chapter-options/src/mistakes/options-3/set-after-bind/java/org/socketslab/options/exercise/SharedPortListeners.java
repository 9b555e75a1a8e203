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
        int shared = port;
        for (int i = 0; i < count; i++) {
            // Mistake: the option is set after the constructor has already bound (and listened on) the port.
            // Breaks: set before it is bound
            ServerSocket listener = new ServerSocket(shared, 50, address);
            listener.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            listeners.add(listener);
            shared = listener.getLocalPort();
        }
        return listeners;
    }
}
