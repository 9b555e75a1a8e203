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
        if (idle.compareTo(Duration.ofSeconds(1)) < 0 || idle.getNano() != 0
                || interval.compareTo(Duration.ofSeconds(1)) < 0 || interval.getNano() != 0 || probes < 1) {
            throw new IllegalArgumentException("idle and interval: whole seconds, at least 1 s; probes: at least 1");
        }
        socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        // Mistake: the idle time goes into TCP_KEEPINTERVAL and the interval into TCP_KEEPIDLE.
        // Breaks: The idle time, interval and probe count are set with
        socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, (int) interval.toSeconds());
        socket.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, (int) idle.toSeconds());
        socket.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, probes);
    }
}
