package org.socketslab.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The whole comparison: every server under the same load generator in each scenario, iperf3 as the
 * bulk ceiling, then the table, the ratios and the chart. Arguments: the results folder, then
 * optionally "quick" for a smoke run of a few seconds.
 */
public final class Comparison {
    /** A load shape; the table keeps its name. */
    record Scenario(String name, int connections, int messageBytes) {
    }

    static final String SELECTOR = "selector (1 thread)";
    static final String TUNED = "tuned selector (bench)";
    static final String NETTY = "Netty NIO (1 event loop)";

    private Comparison() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/results");
        java.nio.file.Files.createDirectories(out);
        boolean quick = args.length > 1 && args[1].equals("quick");
        int many = quick ? 1_000 : 10_000;
        List<Scenario> scenarios = List.of(
                new Scenario(String.format(Locale.ROOT, "64 B x %,d", many), many, 64),
                new Scenario("64 B x 100", 100, 64),
                new Scenario("64 KiB x 8", 8, 64 * 1024));
        Duration warmUp = Duration.ofSeconds(quick ? 1 : 2);
        Duration measure = Duration.ofSeconds(quick ? 2 : 5);
        String jfrFor = System.getProperty("bench.jfr", ""); // a server kind to record with JFR, for profiling

        List<Row> rows = new ArrayList<>();
        String only = System.getProperty("bench.only", ""); // a part of a scenario's name, to run just that one
        for (Scenario s : scenarios) {
            if (!s.name().contains(only)) {
                continue;
            }
            for (String[] server : new String[][] {{"threads", "platform threads"}, {"virtual", "virtual threads"},
                    {"selector", SELECTOR}, {"tuned", TUNED}, {"netty", NETTY}}) {
                rows.add(measure(s, server[0], server[1], warmUp, measure, jfrFor.equals(server[0]), out));
            }
            if (s.messageBytes() > 1024) {
                StringBuilder why = new StringBuilder();
                Optional<Double> ceiling = Iperf.bytesPerSecond((int) measure.toSeconds(), why);
                rows.add(ceiling.map(b -> Row.ceiling(s.name(), "iperf3 (1 stream, one way)", b, "bulk ceiling"))
                        .orElseGet(() -> Row.skipped(s.name(), "iperf3", why.toString())));
                Row last = rows.get(rows.size() - 1);
                System.out.println(Double.isNaN(last.bytesPerSecond()) ? last.server() + ": " + last.note()
                        : String.format(Locale.ROOT, "%-12s %-26s %40.1f MB/s", s.name(), last.server(),
                                last.bytesPerSecond() / 1e6));
            }
        }
        List<String> ratios = Ratios.of(rows, scenarios.get(0).name(), scenarios.get(2).name());
        List<String> machine = Machine.describe(quick);
        Report.write(out, rows, machine, ratios);
        Chart.write(out.resolve("results.svg"), rows, scenarios.get(0).name(), scenarios.get(2).name());
        ratios.forEach(System.out::println);
        System.out.println("results in " + out.toAbsolutePath());
    }

    private static Row measure(Scenario s, String kind, String label, Duration warmUp, Duration measure, boolean jfr,
                               Path out) throws Exception {
        if (kind.equals("virtual") && !VirtualThreadEchoServer.available()) {
            System.out.println(label + ": skipped, virtual threads need JDK 21+ (this is " + Runtime.version() + ")");
            return Row.skipped(s.name(), label, "skipped: needs JDK 21+");
        }
        List<String> jvm = new ArrayList<>(List.of("-Xms256m", "-Xmx1g"));
        if (jfr) {
            jvm.add("-XX:StartFlightRecording=filename=" + out.toAbsolutePath().resolve(kind + "-"
                    + s.messageBytes() + "x" + s.connections() + ".jfr") + ",settings=profile");
        }
        try (ServerProcess server = new ServerProcess(kind, jvm)) {
            LoadGenerator generator = new LoadGenerator(new LoadGenerator.Plan(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port), s.connections(),
                    s.messageBytes(), 2, Duration.ofSeconds(60), warmUp, measure));
            Instant started = Instant.now();
            long[] peak = {-1, -1};
            Thread sampler = new Thread(() -> { // the server's peak while loaded: the generator closes everything at the end
                while (!Thread.currentThread().isInterrupted()) {
                    long[] now = server.memoryAndThreads();
                    peak[0] = Math.max(peak[0], now[0]);
                    peak[1] = Math.max(peak[1], now[1]);
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "server-sampler");
            sampler.setDaemon(true);
            sampler.start();
            Result result = generator.run();
            sampler.interrupt();
            sampler.join();
            long[] memory = peak;
            Row row = Row.measured(s.name(), label, result, memory[0], memory[1],
                    result.error() == null ? "" : result.error());
            System.out.printf(Locale.ROOT, "%-12s %-26s held %,6d  %,9.0f rt/s  %8.1f MB/s  p99 %,7d µs  (%s)%n",
                    s.name(), label, result.connectionsHeld(), result.roundTripsPerSecond(),
                    result.bytesPerSecond() / 1e6, result.p99Micros(), Duration.between(started, Instant.now()));
            return row;
        }
    }
}
