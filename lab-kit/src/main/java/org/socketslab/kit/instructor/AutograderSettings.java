package org.socketslab.kit.instructor;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.socketslab.kit.grading.Visibility;

/**
 * What the instructor chose for an autograder, saved in the zip as {@code autograder.properties}.
 *
 * @param chapters     chapter modules to grade, e.g. {@code chapter-tcp}
 * @param visibility   when learners see each test's result and output
 * @param timeLimit    minutes the whole grading may take (graded tests also have their own limits)
 * @param outputLimit  characters of output kept per test, and of the build's messages
 */
record AutograderSettings(List<String> chapters, Visibility visibility, int timeLimit, int outputLimit) {
    static final String FILE = "autograder.properties";

    AutograderSettings {
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("an autograder grades at least one chapter");
        }
        if (timeLimit < 1 || outputLimit < 100) {
            throw new IllegalArgumentException("the time limit is 1 minute or more and the output limit 100 characters"
                    + " or more, not " + timeLimit + " and " + outputLimit);
        }
        chapters = List.copyOf(chapters);
    }

    void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("chapters", String.join(",", chapters));
        p.setProperty("visibility", visibility.json());
        p.setProperty("time-limit-minutes", String.valueOf(timeLimit));
        p.setProperty("output-limit", String.valueOf(outputLimit));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Sockets Lab autograder settings");
        }
    }

    static AutograderSettings read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new AutograderSettings(list(p.getProperty("chapters", "")), Visibility.of(p.getProperty("visibility", "visible")),
                Integer.parseInt(p.getProperty("time-limit-minutes", "8").strip()),
                Integer.parseInt(p.getProperty("output-limit", "10000").strip()));
    }

    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
