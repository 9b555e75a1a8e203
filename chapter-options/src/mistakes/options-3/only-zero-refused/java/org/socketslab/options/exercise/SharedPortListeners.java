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
        // Mistake: refuses 0 only, so a negative count quietly opens no listener at all.
        // Breaks: A count under 1 (0 or negative) is refused
        if (count == 0) {
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
