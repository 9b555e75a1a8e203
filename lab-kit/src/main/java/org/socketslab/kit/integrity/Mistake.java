package org.socketslab.kit.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A classic wrong solution: {@code src/mistakes/<exercise>/<name>/java}, whose classes replace the
 * reference's of the same name, with a {@code // Mistake: …} comment saying what is wrong and one
 * {@code // Breaks: …} comment per contract item it breaks, quoting a piece of that item.
 */
record Mistake(String exerciseId, String name, Path sources) {
    static final String COMMENT = "// Mistake:";
    static final String BREAKS = "// Breaks:";

    static List<Mistake> under(Path mistakesRoot) throws IOException {
        List<Mistake> mistakes = new ArrayList<>();
        if (!Files.isDirectory(mistakesRoot)) {
            return mistakes;
        }
        try (Stream<Path> exercises = Files.list(mistakesRoot)) {
            for (Path exercise : exercises.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                try (Stream<Path> names = Files.list(exercise)) {
                    for (Path dir : names.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
                        mistakes.add(new Mistake(exercise.getFileName().toString(), dir.getFileName().toString(),
                                dir.resolve("java")));
                    }
                }
            }
        }
        return mistakes;
    }

    /** The one-line explanation from the {@code // Mistake:} comment, if the sources have one. */
    Optional<String> explanation() throws IOException {
        return comments(COMMENT).stream().findFirst();
    }

    /** The pieces of contract items its {@code // Breaks:} comments quote. */
    List<String> breaks() throws IOException {
        return comments(BREAKS);
    }

    private List<String> comments(String marker) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(sources)) {
            return found;
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList())) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int at = line.indexOf(marker);
                    if (at >= 0) {
                        found.add(line.substring(at + marker.length()).strip());
                    }
                }
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return exerciseId + "/" + name;
    }
}
