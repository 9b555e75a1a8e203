package org.socketslab.kit.grading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Saves a chapter's test outcomes as tab-separated lines, so the course-wide summary can be made
 * after every chapter has run, without a JSON parser.
 */
public final class OutcomeFile {
    public static final String NAME = "outcomes.tsv";

    private OutcomeFile() {
    }

    public static void write(Path file, Collection<TestOutcome> outcomes) throws IOException {
        List<String> lines = new ArrayList<>();
        for (TestOutcome o : outcomes) {
            lines.add(String.join("\t", escape(o.exerciseId()), escape(o.exercise()), String.valueOf(o.points()),
                    escape(o.docs()), escape(o.test()), o.status().name(), escape(o.message())));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static List<TestOutcome> read(Path file) throws IOException {
        List<TestOutcome> outcomes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                throw new IOException(file + ": not an outcome line: " + line);
            }
            outcomes.add(new TestOutcome(unescape(f[0]), unescape(f[1]), Integer.parseInt(f[2]), unescape(f[3]),
                    unescape(f[4]), Status.valueOf(f[5]), unescape(f[6])));
        }
        return outcomes;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
