package org.socketslab.kit.loop;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.socketslab.kit.grading.SelectedRun;
import org.socketslab.kit.grading.TestOutcome;
import org.socketslab.kit.integrity.GradedRun;
import org.socketslab.kit.integrity.SourceCompiler;

/**
 * Checks one exercise inside this warm JVM, the way the build grades it: compiles the chapter's
 * main sources in process, runs the exercise's graded tests through the JUnit Platform in a fresh
 * class loader (so each run meets the code just saved, and nothing of the previous run), then
 * records the outcomes in the chapter's grade files, merged with earlier ones like a
 * {@code -Dgroups=} run of the build. The graded tests carry their own rules ({@code @Exercise}:
 * "not started", the leak check, the time limits), so they apply here unchanged.
 *
 * <p>It compiles all of the chapter's main sources, not only the saved file: a chapter has a few
 * dozen, the warm compiler takes a few hundred milliseconds for them, and a change to one class
 * can break another that only a whole compile reports.
 */
final class ExerciseCheck {
    private final SourceCompiler compiler = new SourceCompiler();
    private final List<Path> classpath = new ArrayList<>();
    private final Path root;
    private final Set<LabChapter> compiled = ConcurrentHashMap.newKeySet();

    ExerciseCheck(Path root) {
        this.root = root;
        Runtime.getRuntime().addShutdownHook(new Thread(this::deleteCompiledClasses, "lab-cleanup"));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                classpath.add(Path.of(entry));
            }
        }
    }

    CheckResult check(LabExercise exercise) throws IOException {
        LabChapter chapter = exercise.chapter();
        compiled.add(chapter);
        try {
            compiler.compile(chapter.sources(), classpath, chapter.labClasses());
        } catch (SourceCompiler.CompileError e) {
            return CheckResult.compileFailed(exercise, e.diagnostics().replace(root + File.separator, ""));
        }
        List<Path> roots = List.of(chapter.labClasses(), chapter.testClasses());
        List<TestOutcome> outcomes = new GradedRun(chapter.testClasses()).run(roots, exercise.testClasses(), false);
        if (!outcomes.isEmpty()) {
            chapter.grades().record(outcomes, SelectedRun.of(exercise.id()), chapter.entries());
        }
        return CheckResult.ran(exercise, outcomes);
    }

    /** The classes of this process are of no use to the next one, which compiles its own. */
    private void deleteCompiledClasses() {
        for (LabChapter chapter : compiled) {
            try {
                SourceCompiler.deleteRecursively(chapter.labClasses());
            } catch (IOException e) {
                // left in target/, which the next ./mvnw clean removes
            }
        }
    }
}
