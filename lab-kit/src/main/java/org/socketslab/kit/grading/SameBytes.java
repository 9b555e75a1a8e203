package org.socketslab.kit.grading;

import java.util.Arrays;
import java.util.Locale;

/**
 * Compares byte arrays the way a learner needs to read the result: how many bytes arrived and
 * where the first difference is, instead of two dumps of thousands of numbers.
 */
public final class SameBytes {
    private SameBytes() {
    }

    /** Fails unless {@code actual} holds exactly the bytes of {@code expected}. */
    public static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        int common = Math.min(expected.length, actual.length);
        // Arrays.mismatch compares a word at a time: megabytes of echo cost milliseconds.
        int i = Arrays.mismatch(expected, 0, common, actual, 0, common);
        if (i >= 0) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "%s: expected %d bytes and got %d, but byte %d differs: expected %s, got %s",
                    what, expected.length, actual.length, i, show(expected[i]), show(actual[i])));
        }
        if (expected.length != actual.length) {
            throw new AssertionError(String.format(Locale.ROOT, "%s: expected %d bytes, but got %d%s", what,
                    expected.length, actual.length, actual.length < expected.length
                            ? " (the first " + actual.length + " are right; the rest never arrived)"
                            : " (the first " + expected.length + " are right, then " + (actual.length - expected.length)
                            + " more)"));
        }
    }

    private static String show(byte b) {
        int value = b & 0xff;
        return value >= 0x20 && value < 0x7f
                ? String.format(Locale.ROOT, "'%c' (0x%02x)", (char) value, value)
                : String.format(Locale.ROOT, "0x%02x", value);
    }
}
