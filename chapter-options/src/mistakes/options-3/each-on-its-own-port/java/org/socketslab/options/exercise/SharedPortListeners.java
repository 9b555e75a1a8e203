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
            ServerSocket listener = new ServerSocket();
            listener.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            // Mistake: binds every listener to the port it was given, so port 0 gives each a different port.
            // Breaks: every listener is bound to the port the first listener was given
            listener.bind(new InetSocketAddress(address, port));
            listeners.add(listener);
            shared = listener.getLocalPort();
        }
        return listeners;
    }
}
