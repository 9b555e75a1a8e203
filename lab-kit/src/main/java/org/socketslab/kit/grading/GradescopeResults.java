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

    public static void write(Path file, Scoreboard board, String output) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, toJson(board, output), StandardCharsets.UTF_8);
    }

    static String toJson(Scoreboard board, String output) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"score\": ").append(number(board.score()))
                .append(",\n  \"max_score\": ").append(number(board.maxScore()))
                .append(",\n  \"visibility\": \"visible\",\n  \"stdout_visibility\": \"visible\"")
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
                json.append(", \"output\": ").append(string(outputOf(test)))
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

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String string(String s) {
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
