package org.socketslab.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets, as ratios measured in the same run (absolute figures vary; ratios much less). */
final class Ratios {
    private Ratios() {
    }

    static List<String> of(List<Row> rows, String smallMessages, String bulk) {
        Optional<Row> selSmall = find(rows, smallMessages, Comparison.SELECTOR);
        Optional<Row> nettySmall = find(rows, smallMessages, Comparison.NETTY);
        Optional<Row> selBulk = find(rows, bulk, Comparison.SELECTOR);
        Optional<Row> nettyBulk = find(rows, bulk, Comparison.NETTY);
        Optional<Row> iperf = rows.stream().filter(r -> r.scenario().equals(bulk) && r.server().startsWith("iperf3")
                && !Double.isNaN(r.bytesPerSecond())).findFirst();
        List<String> out = new java.util.ArrayList<>();
        if (selSmall.isPresent() && nettySmall.isPresent()) {
            Result s = selSmall.get().result();
            Result n = nettySmall.get().result();
            out.add(String.format(Locale.ROOT, "%s: selector held %,d of %,d connections on one thread; round trips/s "
                    + "selector/Netty = %.2f; p99 selector/Netty = %.2f", smallMessages, s.connectionsHeld(),
                    s.connectionsRequested(), s.roundTripsPerSecond() / n.roundTripsPerSecond(),
                    (double) s.p99Micros() / Math.max(1, n.p99Micros())));
        }
        if (selBulk.isPresent() && nettyBulk.isPresent()) {
            out.add(String.format(Locale.ROOT, "%s: bytes/s selector/Netty = %.2f; p99 selector/Netty = %.2f", bulk,
                    selBulk.get().bytesPerSecond() / nettyBulk.get().bytesPerSecond(),
                    (double) selBulk.get().result().p99Micros() / Math.max(1, nettyBulk.get().result().p99Micros())));
        }
        if (selBulk.isPresent()) {
            out.add(iperf.map(i -> String.format(Locale.ROOT, "%s: selector/iperf3 = %.2f (echo: every byte crosses "
                            + "loopback twice and is copied four times; iperf3 sends one way)", bulk,
                            selBulk.get().bytesPerSecond() / i.bytesPerSecond()))
                    .orElse(bulk + ": no iperf3 figure (not installed)"));
        }
        return out;
    }

    private static Optional<Row> find(List<Row> rows, String scenario, String server) {
        return rows.stream().filter(r -> r.scenario().equals(scenario) && r.server().equals(server) && r.result() != null)
                .findFirst();
    }
}
