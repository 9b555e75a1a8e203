package org.socketslab.kit.instructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the learner edition: the course without its answers, whose {@code ./mvnw verify} still
 * runs the examples' tests and the graded tests, prints the scoreboard and renders the docs with
 * their "Common mistakes", frozen from the instructor's last full build.
 */
final class LearnerEdition {
    private static final String DOCS_ATTRIBUTES = "docs/src/docs/asciidoc/_partials/attributes.adoc";

    private final CourseTree course;

    LearnerEdition(CourseTree course) {
        this.course = course;
    }

    /** Writes the edition into {@code out}, which must be empty or absent and outside the course. */
    void writeTo(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(course.root())) {
            throw new IllegalArgumentException(target + " is inside the course: write the edition elsewhere");
        }
        if (Files.exists(target) && !isEmptyFolder(target)) {
            throw new IllegalArgumentException(target + " exists and is not an empty folder");
        }
        List<String> chapters = course.chapters();
        List<Path> fragments = frozenFragments(chapters);
        for (Path file : EditionFiles.of(course.root())) {
            Path to = target.resolve(file.toString());
            Files.createDirectories(to.getParent());
            Files.copy(course.root().resolve(file), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        for (Path fragment : fragments) {
            Path chapter = course.root().relativize(fragment).getName(0);
            Path to = target.resolve(chapter.toString()).resolve(CourseTree.FROZEN_INTEGRITY)
                    .resolve(fragment.getFileName().toString());
            Files.createDirectories(to.getParent());
            Files.copy(fragment, to);
        }
        rewrite(target.resolve("pom.xml"), EditionRewrites::parentPom);
        rewrite(target.resolve(DOCS_ATTRIBUTES), text -> EditionRewrites.docsAttributes(text, chapters));
        rewrite(target.resolve("README.md"), EditionRewrites::readme);
    }

    /**
     * The docs' fragments (each exercise's mistakes, contract map and graded tests' names) of every chapter, as
     * the last integrity check wrote them; it must have run since the chapter's sources changed.
     */
    private List<Path> frozenFragments(List<String> chapters) throws IOException {
        List<Path> fragments = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (String chapter : chapters) {
            Path dir = course.root().resolve(chapter).resolve("target/integrity");
            Path report = dir.resolve("report.txt");
            if (!Files.isRegularFile(report) || newestSource(course.root().resolve(chapter).resolve("src")) > Files
                    .getLastModifiedTime(report).toMillis()) {
                stale.add(chapter);
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                fragments.addAll(files.filter(p -> p.getFileName().toString().endsWith("-mistakes.adoc")
                        || p.getFileName().toString().endsWith("-contract.adoc")
                        || p.getFileName().toString().endsWith("-tests.txt")).sorted().collect(Collectors.toList()));
            }
        }
        if (!stale.isEmpty()) {
            throw new IllegalStateException("the integrity check of " + String.join(", ", stale) + " has not run since"
                    + " its sources changed, so the docs' \"Common mistakes\" would be missing or stale: run ./mvnw verify"
                    + " in " + course.root() + " first");
        }
        return fragments;
    }

    private static long newestSource(Path src) throws IOException {
        try (Stream<Path> walk = Files.walk(src)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private static void rewrite(Path file, UnaryOperator<String> change) throws IOException {
        Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
