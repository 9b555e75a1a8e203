package org.socketslab.options.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Socket;
import java.net.StandardSocketOptions;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;

@Tag("options-5")
@Exercise(id = "options-5", title = "Keepalive with timers of your own", docs = "options.html#options-5")
class KeepaliveSettingsTest {
    private static final Duration LIMIT = Duration.ofSeconds(4);
    private static final Duration IDLE = Duration.ofSeconds(45);
    private static final Duration INTERVAL = Duration.ofSeconds(7);
    private static final int PROBES = 4;

    private static void enable(Socket socket, Duration idle, Duration interval, int probes, Steps steps) throws Exception {
        steps.step("called enable(socket, " + idle + ", " + interval + ", " + probes + ") on a connected socket");
        TimeLimit.call(LIMIT, "enable() did not return", () -> {
            KeepaliveSettings.enable(socket, idle, interval, probes);
            return null;
        });
    }

    @Test
    @DisplayName("turns SO_KEEPALIVE on")
    void turnsKeepaliveOn(Steps steps) throws Exception {
        try (LoopbackConnection connection = LoopbackConnection.open()) {
            enable(connection.client(), IDLE, INTERVAL, PROBES, steps);
            assertThat(connection.client().getOption(StandardSocketOptions.SO_KEEPALIVE)).as("SO_KEEPALIVE").isTrue();
        }
    }

    @Test
    @DisplayName("sets the idle time, the interval and the probe count, in seconds")
    void setsTheTimers(Steps steps) throws Exception {
        try (LoopbackConnection connection = LoopbackConnection.open()) {
            Socket socket = connection.client();
            enable(socket, IDLE, INTERVAL, PROBES, steps);
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).as("TCP_KEEPIDLE, seconds").isEqualTo(45);
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL)).as("TCP_KEEPINTERVAL, seconds").isEqualTo(7);
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT)).as("TCP_KEEPCOUNT").isEqualTo(PROBES);
        }
    }

    @Test
    @DisplayName("the kernel arms its keepalive timer for the idle time")
    void kernelArmsTheTimer(Steps steps) throws Exception {
        assumeTrue(KernelTimers.available(), "needs Linux's /proc/net/tcp to see the kernel's timers");
        try (LoopbackConnection connection = LoopbackConnection.open()) {
            Socket socket = connection.client();
            enable(socket, IDLE, INTERVAL, PROBES, steps);
            KernelTimers.Timer timer = KernelTimers.of(socket.getLocalPort(), socket.getPort())
                    .orElseThrow(() -> new AssertionError("the connection is not in /proc/net/tcp or /proc/net/tcp6"));
            steps.step("/proc/net/tcp lists timer kind " + timer.kind() + ", due in " + timer.secondsLeft() + " s");
            assertThat(timer.kind()).as("the connection's timer kind (2: keepalive, 0: none)")
                    .isEqualTo(KernelTimers.Timer.KEEPALIVE);
            assertThat(timer.secondsLeft()).as("seconds until the first keepalive probe").isBetween(35.0, 45.0);
        }
    }

    @Test
    @DisplayName("accepts the smallest settings: 1 s, 1 s and 1 probe")
    void acceptsTheSmallestSettings(Steps steps) throws Exception {
        try (LoopbackConnection connection = LoopbackConnection.open()) {
            Socket socket = connection.client();
            enable(socket, Duration.ofSeconds(1), Duration.ofSeconds(1), 1, steps);
            assertThat(socket.getOption(StandardSocketOptions.SO_KEEPALIVE)).as("SO_KEEPALIVE").isTrue();
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).as("TCP_KEEPIDLE, seconds").isEqualTo(1);
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL)).as("TCP_KEEPINTERVAL, seconds").isEqualTo(1);
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT)).as("TCP_KEEPCOUNT").isEqualTo(1);
        }
    }

    @Test
    @DisplayName("refuses a time under 1 s or not in whole seconds, and fewer than 1 probe, leaving the socket as it was")
    void refusesBadSettings(Steps steps) throws Exception {
        try (LoopbackConnection connection = LoopbackConnection.open()) {
            Socket socket = connection.client();
            steps.step("called enable() with idle 0 s, then interval 1.5 s, then 0 probes");
            assertThatThrownBy(() -> KeepaliveSettings.enable(socket, Duration.ZERO, INTERVAL, PROBES))
                    .as("idle 0 s").isInstanceOf(IllegalArgumentException.class);
            steps.step("called enable() with idle 2 s + 1 ns");
            assertThatThrownBy(() -> KeepaliveSettings.enable(socket, Duration.ofSeconds(2).plusNanos(1), INTERVAL, PROBES))
                    .as("idle 2 s + 1 ns, not whole seconds").isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> KeepaliveSettings.enable(socket, IDLE, Duration.ofMillis(1500), PROBES))
                    .as("interval 1.5 s").isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> KeepaliveSettings.enable(socket, IDLE, INTERVAL, 0))
                    .as("0 probes").isInstanceOf(IllegalArgumentException.class);
            assertThat(socket.getOption(StandardSocketOptions.SO_KEEPALIVE)).as("SO_KEEPALIVE after refused settings")
                    .isFalse();
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).as("TCP_KEEPIDLE after refused settings")
                    .isEqualTo(7200);
        }
    }
}
