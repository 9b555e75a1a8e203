package org.socketslab.bench;

/**
 * One line of the comparison table: a server in a scenario, a bulk ceiling (iperf3: bytes per second
 * only, no round trips), or why it was skipped.
 */
record Row(String scenario, String server, Result result, double ceilingBytesPerSecond, long serverMegabytes,
           long serverThreads, String note) {

    static Row measured(String scenario, String server, Result result, long megabytes, long threads, String note) {
        return new Row(scenario, server, result, Double.NaN, megabytes, threads, note);
    }

    static Row ceiling(String scenario, String server, double bytesPerSecond, String note) {
        return new Row(scenario, server, null, bytesPerSecond, -1, -1, note);
    }

    static Row skipped(String scenario, String server, String why) {
        return new Row(scenario, server, null, Double.NaN, -1, -1, why);
    }

    /** Bytes per second, whichever kind of row this is; NaN when skipped. */
    double bytesPerSecond() {
        return result != null ? result.bytesPerSecond() : ceilingBytesPerSecond;
    }
}
