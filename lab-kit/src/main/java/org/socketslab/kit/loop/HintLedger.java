package org.socketslab.kit.loop;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Hands out an exercise's hints one at a time, each {@code hint} the next one, and remembers how
 * many the learner has seen (in {@code target/lab/hints.properties}), so that {@code ./lab hint tcp-1}
 * escalates across runs as it does within a watch session.
 */
final class HintLedger {
    private final Path file;
    private final Path pages;

    HintLedger(Path root) {
        this.file = root.resolve("target/lab/hints.properties");
        this.pages = root.resolve("docs/src/docs/asciidoc");
    }

    /** The next hint of {@code exercise} with its number ("Hint 2 of 3"), or a note that there is none left. */
    String next(LabExercise exercise) throws IOException {
        Path page = pages.resolve(exercise.chapter().name() + ".adoc");
        if (!Files.exists(page)) {
            return "No hints: the chapter's page " + page + " is missing.";
        }
        List<String> hints = HintBook.of(page, exercise.id());
        if (hints.isEmpty()) {
            return exercise.id() + " has no hints; read docs/target/site/" + exercise.docs();
        }
        Properties seen = load();
        int shown = Integer.parseInt(seen.getProperty(exercise.id(), "0"));
        boolean allSeen = shown >= hints.size();
        int index = allSeen ? 0 : shown;
        save(seen, exercise.id(), index + 1);
        String heading = allSeen ? "That was the last hint of " + exercise.id() + "; from the start, hint 1 of " + hints.size() + ":"
                : "Hint " + (index + 1) + " of " + hints.size() + " for " + exercise.id() + ":";
        return heading + "\n" + hints.get(index);
    }

    private Properties load() throws IOException {
        Properties seen = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                seen.load(in);
            }
        }
        return seen;
    }

    private void save(Properties seen, String id, int shown) throws IOException {
        seen.setProperty(id, String.valueOf(shown));
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            seen.store(out, "hints of each exercise ./lab has shown");
        }
    }
}
