package org.socketslab.kit.faults;

import java.io.OutputStream;
import java.time.Duration;

/** What a {@link ChunkingProxy} was configured to do, frozen when it starts. */
final class ChunkingRules {
    private final long seed;
    private final Direction direction;
    private final int minPiece;
    private final int maxPiece;
    private final int mergeMaxBytes;
    /** Null in pieces mode. */
    private final Duration mergeWindow;
    private final Duration pause;
    private final long abortAfter;

    ChunkingRules(ChunkingProxy.Builder settings) {
        this.seed = settings.seed;
        this.direction = settings.direction;
        this.minPiece = settings.minPiece;
        this.maxPiece = settings.maxPiece;
        this.mergeMaxBytes = settings.mergeMaxBytes;
        this.mergeWindow = settings.mergeWindow;
        this.pause = settings.pause;
        this.abortAfter = settings.abortAfter;
    }

    /** A fresh shaper for one direction of the {@code connection}-th connection. */
    Shaper shaperFor(long connection, Direction way) {
        if (!direction.includes(way)) {
            return Shaper.passThrough();
        }
        if (mergeWindow != null) {
            return new WriteMerger(mergeMaxBytes, mergeWindow);
        }
        return new PieceSplitter(new PieceSizes(minPiece, maxPiece, Seeds.random(seed, connection, way)));
    }

    Outlet outletFor(Direction way, OutputStream out, TrafficCounter counter) {
        Duration pauseThisWay = direction.includes(way) ? pause : Duration.ZERO;
        // The budget models a server that dies mid-answer, so it counts what the client receives.
        long budget = way == Direction.SERVER_TO_CLIENT ? abortAfter : Long.MAX_VALUE;
        return new Outlet(out, pauseThisWay, budget, counter);
    }
}
