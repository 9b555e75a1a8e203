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
        // Mistake: "several listeners" read as at least 2, so a single listener is refused.
        // Breaks: a count of 1 is allowed
        if (count <= 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        List<ServerSocket> listeners = new ArrayList<>();
        try {
            int shared = port;
            for (int i = 0; i < count; i++) {
                ServerSocket listener = new ServerSocket(); // unbound: the option must be on before bind()
                listeners.add(listener);
                listener.setOption(StandardSocketOptions.SO_REUSEPORT, true);
                listener.bind(new InetSocketAddress(address, shared));
                shared = listener.getLocalPort(); // port 0 picked a port for the first: the others take the same
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
