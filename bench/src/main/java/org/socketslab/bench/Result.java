package org.socketslab.bench;

/** What one load-generator run measured. Latencies in microseconds. */
public record Result(int connectionsRequested, int connectionsHeld, int messageBytes, long roundTrips,
                     double seconds, long p50Micros, long p99Micros, long maxMicros, String error) {

    public double roundTripsPerSecond() {
        return roundTrips / seconds;
    }

    /** Echoed payload received per second (one direction, as iperf3 reports it). */
    public double bytesPerSecond() {
        return roundTrips * (double) messageBytes / seconds;
    }
}
