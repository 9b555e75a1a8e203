package org.socketslab.kit.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a scoreboard in Gradescope's autograder format ({@code results.json}): a total score and
 * one entry per graded test, so instructors can upload or convert grades without re-running.
 */
public final class GradescopeResults {
    public static final String NAME = "results.json";

    private GradescopeResults() {
    }

    /** No limit on a test's output: the course's own messages are short. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public static void write(Path file, Scoreboard board, String output) throws IOException {
        write(file, board, output, Visibility.VISIBLE, UNLIMITED);
    }

    /**
     * With the instructor's {@code visibility} of every test and of the output, and each test's
     * output cut to {@code outputLimit} characters (an autograder must not pass on a flood).
     */
    public static void write(Path file, Scoreboard board, String output, Visibility visibility, int outputLimit)
            throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, toJson(board, output, visibility, outputLimit), StandardCharsets.UTF_8);
    }

    static String toJson(Scoreboard board, String output) {
        return toJson(board, output, Visibility.VISIBLE, UNLIMITED);
    }

    static String toJson(Scoreboard board, String output, Visibility visibility, int outputLimit) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"score\": ").append(number(board.score()))
                .append(",\n  \"max_score\": ").append(number(board.maxScore()))
                .append(",\n  \"visibility\": ").append(string(visibility.json()))
                .append(",\n  \"stdout_visibility\": ").append(string(visibility.json()))
                .append(",\n  \"output\": ").append(string(output))
                .append(",\n  \"tests\": [");
        String separator = "\n";
        for (ExerciseResult exercise : board.exercises()) {
            int n = 0;
            for (TestOutcome test : exercise.tests()) {
                boolean passed = test.status() == Status.PASSED;
                boolean skipped = test.status() == Status.SKIPPED;
                json.append(separator).append("    {")
                        .append("\"number\": ").append(string(exercise.id() + "." + ++n))
                        .append(", \"name\": ").append(string(exercise.id() + " " + exercise.title() + ": " + test.test()))
                        .append(", \"score\": ").append(number(passed ? exercise.pointsPerTest() : 0))
                        .append(", \"max_score\": ").append(number(skipped ? 0 : exercise.pointsPerTest()));
                if (!skipped) { // a skipped test is neither: Gradescope then shows it without a verdict
                    json.append(", \"status\": ").append(string(passed ? "passed" : "failed"));
                }
                json.append(", \"output\": ").append(string(cut(outputOf(test), outputLimit)))
                        .append(", \"visibility\": ").append(string(visibility.json()))
                        .append("}");
                separator = ",\n";
            }
        }
        json.append("\n  ]\n}\n");
        return json.toString();
    }

    private static String outputOf(TestOutcome test) {
        return switch (test.status()) {
            case PASSED -> "";
            case NOT_STARTED -> "Not started: the starter still throws its TODO exception.";
            case SKIPPED -> "Skipped, no points either way: " + test.message();
            default -> test.message();
        };
    }

    /** The first {@code limit} characters, saying how much was left out. */
    public static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit) + "\n[… " + (text.length() - limit) + " more characters left out]";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** {@code s} as a JSON string literal, quotes and escapes included. */
    public static String string(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
