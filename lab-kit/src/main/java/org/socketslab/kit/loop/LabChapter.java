package org.socketslab.kit.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.socketslab.kit.grading.ChapterExercises;
import org.socketslab.kit.grading.ChapterGrades;
import org.socketslab.kit.integrity.GradedRun;
import org.socketslab.kit.integrity.ShadowingClassLoader;

/**
 * A chapter module as the build left it: its sources, its compiled graded tests (Maven compiled
 * them when {@code ./lab} started) and its grade files. The learner's main sources are compiled
 * again by {@code ./lab} itself, into {@link #labClasses()}.
 */
final class LabChapter {
    private final String name;
    private final Path module;
    private final List<ChapterExercises.Entry> entries;
    private final List<LabExercise> exercises = new ArrayList<>();

    private LabChapter(String name, Path module) throws IOException {
        this.name = name;
        this.module = module;
        List<Path> roots = List.of(testClasses(), module.resolve("target/classes"));
        Map<String, List<String>> classes = new GradedRun(testClasses()).gradedClasses(roots);
        try (ShadowingClassLoader loader = new ShadowingClassLoader(roots, LabChapter.class.getClassLoader())) {
            entries = ChapterExercises.in(testClasses(), loader);
        }
        for (ChapterExercises.Entry e : entries) {
            List<String> tests = classes.getOrDefault(e.id(), List.of());
            exercises.add(new LabExercise(e.id(), e.title(), e.docs(), e.points(), this, tests, startersOf(tests)));
        }
    }

    /** The chapter in {@code module}, or null when its graded tests are not compiled (not built, or no such module). */
    static LabChapter at(String name, Path module) throws IOException {
        return Files.isDirectory(module.resolve("target/test-classes")) ? new LabChapter(name, module) : null;
    }

    String name() {
        return name;
    }

    String moduleName() {
        return module.getFileName().toString();
    }

    Path module() {
        return module;
    }

    Path sources() {
        return module.resolve("src/main/java");
    }

    Path testClasses() {
        return module.resolve("target/test-classes");
    }

    /**
     * Where this {@code ./lab} process compiles the learner's sources: apart from Maven's
     * {@code target/classes}, and from those of another {@code ./lab} running at the same time.
     */
    Path labClasses() {
        return module.resolve("target/lab/classes-" + ProcessHandle.current().pid());
    }

    ChapterGrades grades() {
        return new ChapterGrades(module.resolve("target"), moduleName());
    }

    List<ChapterExercises.Entry> entries() {
        return entries;
    }

    List<LabExercise> exercises() {
        return exercises;
    }

    private List<Path> startersOf(List<String> testClassNames) {
        List<Path> starters = new ArrayList<>();
        for (String test : testClassNames) {
            if (test.endsWith("Test")) {
                Path file = sources().resolve(test.substring(0, test.length() - "Test".length()).replace('.', '/') + ".java");
                if (Files.exists(file)) {
                    starters.add(file);
                }
            }
        }
        return starters;
    }
}
