package org.socketslab.kit.faults;

import java.io.IOException;

/**
 * Cuts every read into small pieces, each written on its own: what a congested or lossy path
 * does to a stream, and what exposes a reader that expects a whole message per read.
 */
final class PieceSplitter implements Shaper {
    private final PieceSizes sizes;

    PieceSplitter(PieceSizes sizes) {
        this.sizes = sizes;
    }

    @Override
    public void forward(byte[] data, int length, Outlet out) throws IOException {
        int offset = 0;
        while (offset < length) {
            // A piece never waits for the next read to fill it up: that could stall a
            // request/response exchange, so the read's end truncates the planned piece.
            int piece = Math.min(sizes.next(), length - offset);
            out.write(data, offset, piece);
            offset += piece;
        }
    }
}
