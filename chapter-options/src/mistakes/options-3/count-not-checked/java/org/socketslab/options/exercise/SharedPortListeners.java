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
        // Mistake: no check of count, so 0 quietly opens no listener at all.
        // Breaks: A count under 1 (0 or negative) is refused
        List<ServerSocket> listeners = new ArrayList<>();
        int shared = port;
        for (int i = 0; i < count; i++) {
            ServerSocket listener = new ServerSocket();
            listener.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            listener.bind(new InetSocketAddress(address, shared));
            listeners.add(listener);
            shared = listener.getLocalPort();
        }
        return listeners;
    }
}
