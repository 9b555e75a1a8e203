package org.socketslab.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Where the figures came from: without the machine, a benchmark table means little. */
final class Machine {
    private Machine() {
    }

    static List<String> describe(boolean quick) {
        List<String> lines = new ArrayList<>();
        lines.add("date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        lines.add("cpu: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available");
        lines.add("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("java: " + System.getProperty("java.vm.name") + " " + Runtime.version());
        lines.add("iperf3: " + String.join(" ", Iperf.version()).trim());
        lines.add("run: " + (quick ? "quick (smoke) run" : "full run") + ", client and each server in separate JVMs on "
                + InetAddress.getLoopbackAddress().getHostAddress());
        // The JVM matters (virtual threads need 21+), so the command names the one this run used.
        lines.add("reproduce: BENCH_JAVA=" + System.getProperty("java.home") + "/bin/java bench/run" + (quick ? " --quick" : ""));
        return lines;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown cpu");
        } catch (IOException e) {
            return "unknown cpu";
        }
    }
}
