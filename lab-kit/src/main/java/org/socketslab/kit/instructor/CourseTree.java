package org.socketslab.kit.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A copy of the course on disk (the instructor's repository, a learner edition, an autograder's
 * course): its chapters are found, never listed by hand, so new chapters join without a change here.
 */
record CourseTree(Path root) {
    static final String SOLUTION = "src/solution";
    static final String MISTAKES = "src/mistakes";
    /** The mutation profile's records: equivalent mutants quote reference lines. */
    static final String MUTATION = "src/mutation";
    /** Where a learner edition keeps each chapter's "Common mistakes" fragments, frozen at export. */
    static final String FROZEN_INTEGRITY = "src/integrity";

    CourseTree {
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("lab-kit"))) {
            throw new IllegalArgumentException(root + " is not a copy of Sockets Lab (no pom.xml and lab-kit/ there)");
        }
    }

    /** Every chapter module: a {@code chapter-*} folder with a {@code pom.xml}, in name order. */
    List<String> chapters() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> p.getFileName().toString().startsWith("chapter-"))
                    .filter(p -> Files.isRegularFile(p.resolve("pom.xml")))
                    .map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the chapters of " + root, e);
        }
    }

    /** The exercise starters of a chapter, relative to the course root. */
    List<Path> starters(String chapter) {
        Path main = root.resolve(chapter).resolve("src/main/java");
        return javaFiles(main).stream().filter(p -> p.getParent().endsWith("exercise"))
                .map(root::relativize).collect(Collectors.toList());
    }

    /** The {@code .java} files under {@code dir} (none when it does not exist), sorted. */
    static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
