package org.socketslab.framing.exercise;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * Failure messages for "this call must throw": what was called, what it did instead (returned a
 * value, or threw something else), and why that matters, without stack traces in the way.
 */
final class Expect {
    private Expect() {
    }

    /** Runs {@code action}, which must throw a {@code type}; returns it. A starter's TODO passes through untouched. */
    static <E extends Throwable> E thrown(Class<E> type, String call, Callable<?> action, String why) throws Exception {
        Object returned;
        try {
            returned = action.call();
        } catch (UnsupportedOperationException | AssertionError e) {
            throw e; // a TODO (not started) or a hang already explained by TimeLimit
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError(call + " threw " + t + " instead of " + type.getSimpleName() + ": " + why);
        }
        throw new AssertionError(call + " returned " + describe(returned) + " instead of throwing "
                + type.getSimpleName() + ": " + why);
    }

    /** Fails unless the exception's message names every one of {@code numbers} (as whole numbers). */
    static void mentions(Throwable thrown, String what, long... numbers) {
        String message = String.valueOf(thrown.getMessage());
        for (long number : numbers) {
            if (!Pattern.compile("(?<![\\d,.])" + number + "(?![\\d,.]\\d)").matcher(message).find()) {
                throw new AssertionError(String.format(Locale.ROOT, "the %s says \"%s\", which does not mention %d: "
                        + "say what was wrong with the numbers, so the reader can tell a bug from an attack",
                        what, message, number));
            }
        }
    }

    /** Compares lines with their control characters made visible: "two\\r" is not "two". */
    static void sameLine(String what, String expected, String actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            throw new AssertionError(what + ": expected " + visible(expected) + " but got " + visible(actual));
        }
    }

    static String visible(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return "\"" + shown.replace("\r", "\\r").replace("\n", "\\n") + "\"" + (text.length() > 60
                ? " (" + text.length() + " chars)" : "");
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[] bytes) {
            return "an array of " + bytes.length + " bytes";
        }
        if (value instanceof List<?> list) {
            return "a list of " + list.size() + (list.size() == 1 ? " element" : " elements");
        }
        if (value instanceof String text) {
            return visible(text);
        }
        return String.valueOf(value);
    }
}
