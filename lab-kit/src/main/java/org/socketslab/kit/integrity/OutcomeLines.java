package org.socketslab.kit.integrity;

import java.util.ArrayList;
import java.util.List;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/**
 * How a {@link MistakeWorker} tells the integrity check what a mistake's run gave: one line per
 * message, fields separated by tabs, with backslash, tab and line breaks escaped so that any
 * failure text fits on its line. Lines start with {@link #MARK}, which nothing a test prints
 * begins with, so they can share the worker's standard output with whatever the tests print.
 */
final class OutcomeLines {
    static final String MARK = "\u0000integrity-worker\u0000";
    private static final String RESULT = "result";
    private static final String ERROR = "error";

    private OutcomeLines() {
    }

    /** A run that ended: the mistake and every outcome, on one line. */
    static String result(String mistake, List<TestOutcome> outcomes) {
        List<String> fields = new ArrayList<>(List.of(RESULT, mistake));
        for (TestOutcome o : outcomes) {
            fields.addAll(List.of(o.exerciseId(), o.exercise(), String.valueOf(o.points()), o.docs(), o.test(),
                    o.status().name(), o.message()));
        }
        return line(fields);
    }

    /** A run that could not be made (the mistake does not compile, a test class does not load). */
    static String error(String mistake, Exception e) {
        return line(List.of(ERROR, mistake, String.valueOf(e.getMessage())));
    }

    /** What a line says: the mistake it is about, and its outcomes or the error. */
    record Parsed(String mistake, List<TestOutcome> outcomes, String error) {
    }

    /** Null for a line that is not one of the worker's (a test's own output). */
    static Parsed parse(String line) {
        if (!line.startsWith(MARK)) {
            return null;
        }
        String[] fields = line.substring(MARK.length()).split("\t", -1);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = unescape(fields[i]);
        }
        if (fields[0].equals(ERROR)) {
            return new Parsed(fields[1], List.of(), fields[2]);
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        for (int i = 2; i + 6 < fields.length; i += 7) {
            outcomes.add(new TestOutcome(fields[i], fields[i + 1], Integer.parseInt(fields[i + 2]), fields[i + 3],
                    fields[i + 4], Status.valueOf(fields[i + 5]), fields[i + 6]));
        }
        return new Parsed(fields[1], outcomes, null);
    }

    private static String line(List<String> fields) {
        StringBuilder line = new StringBuilder(MARK);
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : "\t").append(escape(fields.get(i)));
        }
        return line.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\u0000", "\\0");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '0' -> '\u0000';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
