package org.socketslab.framing.exercise;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds length-prefixed byte streams on the test's side, independently of the learner's encoder. */
final class RawFrames {
    private RawFrames() {
    }

    /** The frames, each a 4-byte big-endian length (via {@code DataOutputStream.writeInt}) and its payload. */
    static byte[] encode(List<byte[]> payloads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (byte[] payload : payloads) {
                out.writeInt(payload.length);
                out.write(payload);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Just a length prefix: what a hostile or broken peer sends first. */
    static byte[] prefix(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    /** A varied set of payloads: empty, short text, sizes around 256 (where byte order shows), and random bytes. */
    static List<byte[]> samplePayloads(long seed, int count, int maxSize) {
        Random random = new Random(seed);
        List<byte[]> payloads = new ArrayList<>();
        payloads.add(new byte[0]);
        payloads.add("hello, frames".getBytes(StandardCharsets.UTF_8));
        payloads.add(new byte[256]);
        payloads.add(new byte[300]);
        while (payloads.size() < count) {
            byte[] payload = new byte[random.nextInt(maxSize + 1)];
            random.nextBytes(payload);
            payloads.add(payload);
        }
        return payloads;
    }

    /** "[0, 13, 256, ...] bytes", for steps and failure messages. */
    static String sizes(List<byte[]> payloads) {
        List<Integer> sizes = new ArrayList<>();
        for (byte[] payload : payloads) {
            sizes.add(payload.length);
        }
        return sizes + " bytes";
    }
}
