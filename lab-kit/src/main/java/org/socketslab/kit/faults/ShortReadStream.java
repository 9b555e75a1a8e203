package org.socketslab.kit.faults;

import java.io.InputStream;
import java.net.SocketException;
import java.util.Objects;
import java.util.Random;

/**
 * An in-memory {@link InputStream} that behaves like a socket's stream on a bad day: every
 * {@code read} returns a short, seeded random piece of what was asked, {@link #available()} is
 * always 0 (nothing "ready" is ever promised), and it can fail with "Connection reset" part way.
 * Code that treats one read as a whole message, or trusts {@code available()}, fails on it every
 * time, with no sockets and no timing involved.
 *
 * <pre>{@code
 * InputStream in = ShortReadStream.over(bytes).seed(7).pieces(1, 3).build();
 * }</pre>
 *
 * <p>Not thread-safe; the same seed cuts the same pieces again.
 */
public final class ShortReadStream extends InputStream {
    private final byte[] data;
    private final PieceSizes sizes;
    private final long resetAfter;
    private int position;
    private int reads;

    private ShortReadStream(Builder builder) {
        this.data = builder.data;
        this.sizes = new PieceSizes(builder.minPiece, builder.maxPiece, new Random(builder.seed));
        this.resetAfter = builder.resetAfter;
    }

    /** Starts configuring a stream that delivers {@code data} (not copied: do not change it meanwhile). */
    public static Builder over(byte[] data) {
        return new Builder(Objects.requireNonNull(data, "data"));
    }

    @Override
    public int read() throws SocketException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws SocketException {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        if (position >= resetAfter) {
            throw new SocketException("Connection reset");
        }
        if (position == data.length) {
            return -1;
        }
        long limit = Math.min(data.length, resetAfter);
        int n = (int) Math.min(Math.min(length, sizes.next()), limit - position);
        System.arraycopy(data, position, into, offset, n);
        position += n;
        reads++;
        return n;
    }

    /** Always 0, as on a socket whose next piece has not arrived yet. */
    @Override
    public int available() {
        return 0;
    }

    /** How many reads returned bytes so far. */
    public int reads() {
        return reads;
    }

    /** How many bytes were read so far. */
    public int position() {
        return position;
    }

    /** Collects a {@link ShortReadStream}'s settings. */
    public static final class Builder {
        private final byte[] data;
        private long seed = 1;
        private int minPiece = 1;
        private int maxPiece = 3;
        private long resetAfter = Long.MAX_VALUE;

        private Builder(byte[] data) {
            this.data = data;
        }

        /** The seed the piece sizes derive from; default 1. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Each read returns between {@code min} and {@code max} bytes (default 1..3), never more
         * than the caller asked for or than is left.
         *
         * @throws IllegalArgumentException unless {@code 1 <= min <= max}
         */
        public Builder pieces(int min, int max) {
            if (min < 1 || max < min) {
                throw new IllegalArgumentException("Need 1 <= min <= max, got pieces(" + min + ", " + max + ")");
            }
            this.minPiece = min;
            this.maxPiece = max;
            return this;
        }

        /**
         * After {@code bytes} bytes, every read throws {@link SocketException} "Connection reset",
         * as when the peer aborts in the middle of a message.
         */
        public Builder resetAfter(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("resetAfter must not be negative, got " + bytes);
            }
            this.resetAfter = bytes;
            return this;
        }

        public ShortReadStream build() {
            return new ShortReadStream(this);
        }
    }
}
