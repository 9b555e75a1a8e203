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
        socket.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        // Mistake: no argument checks; toSeconds() turns 1.5 s into 1 s, and the kernel refuses 0 only after SO_KEEPALIVE is on.
        // Breaks: must be whole seconds, not a nanosecond more
        socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, (int) idle.toSeconds());
        socket.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, (int) interval.toSeconds());
        socket.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, probes);
    }
}
