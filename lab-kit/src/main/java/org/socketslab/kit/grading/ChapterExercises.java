package org.socketslab.kit.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Every exercise of a chapter, found from its compiled graded tests, so that a run of one exercise
 * can still say which one comes next.
 */
public final class ChapterExercises {
    /** One exercise: its id, title, docs section and points, as its {@link Exercise} annotation gives them. */
    public record Entry(String id, String title, String docs, int points) {
    }

    private ChapterExercises() {
    }

    /** The exercises whose graded tests are under {@code testClasses}, in exercise order. */
    static List<Entry> in(Path testClasses) {
        return in(testClasses, Thread.currentThread().getContextClassLoader());
    }

    /** The same, loading the test classes through {@code loader} (one that sees the chapter's classes). */
    public static List<Entry> in(Path testClasses, ClassLoader loader) {
        if (!Files.isDirectory(testClasses)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.map(testClasses::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("Test.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(name -> exerciseOf(name, loader))
                    .flatMap(Optional::stream)
                    .map(e -> new Entry(e.id(), e.title(), e.docs(), e.points()))
                    .distinct()
                    .sorted(Comparator.comparing(Entry::id, ExerciseResult::compareIds))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the graded tests in " + testClasses, e);
        }
    }

    private static Optional<Exercise> exerciseOf(String className, ClassLoader loader) {
        try {
            return AnnotationSupport.findAnnotation(Class.forName(className, false, loader), Exercise.class);
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
