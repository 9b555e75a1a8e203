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
            // Mistake: always lets the system pick the first port, ignoring the port the caller asked for.
            // Breaks: A port other than 0 is the port every listener is bound to
            int shared = 0;
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
