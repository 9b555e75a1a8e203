package org.socketslab.nonblocking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.HungConnectEndpoint;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.leaks.OpenSockets;

@Timeout(15)
class ConnectProbeTest {

    @Test
    void reportsConnectedRefusedAndSilentEndpointsInOneDeadline() throws IOException {
        InetSocketAddress refused;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refused = (InetSocketAddress) gone.getLocalSocketAddress();
        }
        try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start()) {
            List<InetSocketAddress> endpoints = new ArrayList<>();
            endpoints.add((InetSocketAddress) open.getLocalSocketAddress());
            endpoints.add(refused);
            for (int i = 0; i < 6; i++) {
                endpoints.add(hung.address()); // six connects that all hang
            }
            OptionalInt socketsBefore = OpenSockets.count();
            long start = System.nanoTime();
            List<String> report = ConnectProbe.probe(endpoints, Duration.ofMillis(300));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(report.get(0)).contains(" connected");
            assertThat(report.get(1)).contains(" failed").contains("ConnectException");
            assertThat(report.subList(2, 8)).allMatch(line -> line.endsWith("no answer within 300 ms"));
            // Six hanging connects one after another would take 6 x 300 ms; at once they take one deadline.
            assertThat(millis).as("ms for 8 endpoints with a 300 ms deadline").isBetween(250L, 1_500L);
            assertThat(OpenSockets.count()).as("every channel closed").isEqualTo(socketsBefore);
        }
    }
}
