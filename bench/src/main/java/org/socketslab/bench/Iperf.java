package org.socketslab.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** iperf3 on loopback, one stream: the bulk-transfer ceiling of this machine's TCP stack. */
final class Iperf {
    private Iperf() {
    }

    /** Bytes per second received, or empty when iperf3 is not installed (the reason goes to {@code why}). */
    static Optional<Double> bytesPerSecond(int seconds, StringBuilder why) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Process server;
        try {
            server = new ProcessBuilder("iperf3", "-s", "-1", "-B", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            why.append("iperf3 is not installed (Debian: apt-get install iperf3)");
            return Optional.empty();
        }
        try {
            Thread.sleep(500); // let it listen
            Process client = new ProcessBuilder("iperf3", "-c", "127.0.0.1", "-p", Integer.toString(port),
                    "-t", Integer.toString(seconds), "-J").redirectErrorStream(true).start();
            String json = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            client.waitFor(seconds + 10L, TimeUnit.SECONDS);
            // The receiver's total, in the "sum_received" object near the end of the report.
            Matcher m = Pattern.compile("\"sum_received\"\\s*:\\s*\\{[^}]*?\"bits_per_second\"\\s*:\\s*([0-9.eE+]+)")
                    .matcher(json);
            if (!m.find()) {
                why.append("iperf3 gave no result: ").append(json.lines().limit(3).toList());
                return Optional.empty();
            }
            return Optional.of(Double.parseDouble(m.group(1)) / 8);
        } finally {
            server.destroy();
        }
    }

    static List<String> version() {
        try {
            Process p = new ProcessBuilder("iperf3", "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().limit(1).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
