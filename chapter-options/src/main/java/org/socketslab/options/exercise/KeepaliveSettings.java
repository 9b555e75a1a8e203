package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;

/**
 * Exercise options-5: find out that an idle peer has vanished, with TCP keepalive and timers
 * shorter than the system's two hours.
 *
 * <p>Read first: {@code docs/target/site/options.html#options-5}.
 */
public final class KeepaliveSettings {
    private KeepaliveSettings() {
    }

    /**
     * Turns keepalive on for a connected {@code socket}: after {@code idle} without traffic the
     * system sends a probe, then one every {@code interval}, and declares the connection dead
     * after {@code probes} unanswered ones.
     *
     * <p>The contract:
     * <ul>
     *   <li>{@code SO_KEEPALIVE} is on, so the kernel arms its keepalive timer for {@code idle}.</li>
     *   <li>The idle time, interval and probe count are set with
     *       {@link jdk.net.ExtendedSocketOptions#TCP_KEEPIDLE TCP_KEEPIDLE}, {@code TCP_KEEPINTERVAL} (both in
     *       seconds) and {@code TCP_KEEPCOUNT}.</li>
     *   <li>{@code idle} and {@code interval} must be whole seconds, not a nanosecond more, and at
     *       least 1 s; 1 s itself is allowed.</li>
     *   <li>{@code probes} must be at least 1; 1 itself is allowed.</li>
     *   <li>Arguments that break those rules throw {@link IllegalArgumentException}, and the
     *       socket is left as it was: no option changed.</li>
     * </ul>
     */
    public static void enable(Socket socket, Duration idle, Duration interval, int probes) throws IOException {
        throw new UnsupportedOperationException("TODO options-5: SO_KEEPALIVE on, then idle, interval and count");
    }
}
