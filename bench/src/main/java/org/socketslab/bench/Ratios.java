package org.socketslab.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets, as ratios measured in the same run (absolute figures vary; ratios much less). */
final class Ratios {
    private Ratios() {
    }

    static List<String> of(List<Row> rows, String smallMessages, String bulk) {
        List<String> out = new java.util.ArrayList<>();
        Optional<Row> iperf = rows.stream().filter(r -> r.scenario().equals(bulk) && r.server().startsWith("iperf3")
                && !Double.isNaN(r.bytesPerSecond())).findFirst();
        for (String server : List.of(Comparison.SELECTOR, Comparison.TUNED)) {
            Optional<Row> small = find(rows, smallMessages, server);
            Optional<Row> nettySmall = find(rows, smallMessages, Comparison.NETTY);
            if (small.isPresent() && nettySmall.isPresent()) {
                Result s = small.get().result();
                Result n = nettySmall.get().result();
                out.add(String.format(Locale.ROOT, "%s, %s: held %,d of %,d connections; round trips/s vs Netty "
                        + "%.2f; p99 vs Netty %.2f", smallMessages, server, s.connectionsHeld(), s.connectionsRequested(),
                        s.roundTripsPerSecond() / n.roundTripsPerSecond(), (double) s.p99Micros() / Math.max(1, n.p99Micros())));
            }
            Optional<Row> big = find(rows, bulk, server);
            Optional<Row> nettyBig = find(rows, bulk, Comparison.NETTY);
            if (big.isPresent() && nettyBig.isPresent()) {
                out.add(String.format(Locale.ROOT, "%s, %s: bytes/s vs Netty %.2f; p99 vs Netty %.2f; %s", bulk, server,
                        big.get().bytesPerSecond() / nettyBig.get().bytesPerSecond(),
                        (double) big.get().result().p99Micros() / Math.max(1, nettyBig.get().result().p99Micros()),
                        iperf.map(i -> String.format(Locale.ROOT, "vs iperf3 %.3f",
                                big.get().bytesPerSecond() / i.bytesPerSecond())).orElse("no iperf3 figure")));
            }
        }
        if (iperf.isPresent()) {
            out.add("iperf3 sends one way; an echo carries every byte across loopback twice.");
        }
        return out;
    }

    private static Optional<Row> find(List<Row> rows, String scenario, String server) {
        return rows.stream().filter(r -> r.scenario().equals(scenario) && r.server().equals(server) && r.result() != null)
                .findFirst();
    }
}
