package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;

/** Exercise options-5, a classic mistake. */
public final class KeepaliveSettings {
    private KeepaliveSettings() {
    }

    public static void enable(Socket socket, Duration idle, Duration interval, int probes) throws IOException {
        // Mistake: turns keepalive on before checking the arguments, so a refused call still changes the socket.
        // Breaks: the socket is left as it was
        socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        int idleSeconds = wholeSeconds("idle", idle);
        int intervalSeconds = wholeSeconds("interval", interval);
        if (probes < 1) {
            throw new IllegalArgumentException("probes must be at least 1, not " + probes);
        }
        socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, idleSeconds);
        socket.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, intervalSeconds);
        socket.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, probes);
    }

    private static int wholeSeconds(String name, Duration duration) {
        if (duration.compareTo(Duration.ofSeconds(1)) < 0 || duration.getNano() != 0) {
            throw new IllegalArgumentException(name + " must be whole seconds, at least 1 s, not " + duration);
        }
        return Math.toIntExact(duration.getSeconds());
    }
}
