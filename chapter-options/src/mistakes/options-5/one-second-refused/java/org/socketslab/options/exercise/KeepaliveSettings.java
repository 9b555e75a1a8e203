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
        int idleSeconds = wholeSeconds("idle", idle);
        int intervalSeconds = wholeSeconds("interval", interval);
        if (probes < 1) {
            throw new IllegalArgumentException("probes must be at least 1, not " + probes);
        }
        socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true); // the three below only tune it
        socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, idleSeconds);
        socket.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, intervalSeconds);
        socket.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, probes);
    }

    private static int wholeSeconds(String name, Duration duration) {
        // Mistake: "at least 1 s" written as more than 1 s, so exactly 1 s is refused.
        // Breaks: 1 s itself is allowed
        if (duration.compareTo(Duration.ofSeconds(1)) <= 0 || duration.getNano() != 0) {
            throw new IllegalArgumentException(name + " must be whole seconds, at least 1 s, not " + duration);
        }
        return Math.toIntExact(duration.getSeconds());
    }
}
