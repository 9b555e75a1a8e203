package org.socketslab.kit.integrity;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The chapter's integrity check as a test the build runs after the learner's tests (the parent
 * POM's {@code integrity} Surefire execution scans lab-kit for it). Each reference solution and
 * each classic mistake is one dynamic test; any hole fails the build, and the report lands in
 * {@code target/integrity/}.
 */
class CourseIntegrityTest {
    private static final ChapterLayout LAYOUT = ChapterLayout.fromSystemProperties();
    private static final IntegrityReport REPORT = new IntegrityReport(LAYOUT.chapter().getFileName().toString());
    /** The classic mistakes, shared with helper JVMs ({@code -Dintegrity.helpers=N}, 1 unless told). */
    private static SharedMistakes shared;

    @TestFactory
    List<DynamicNode> referenceSolutionsPassAndClassicMistakesAreCaught() throws IOException {
        if (isLearnerEdition()) {
            return List.of();
        }
        IntegrityCheck check = new IntegrityCheck(LAYOUT);
        check.prepare();
        List<DynamicNode> nodes = new ArrayList<>();
        for (String missing : check.startersWithoutSolution()) {
            REPORT.hole("starter " + missing + " has no reference solution at src/solution/java/" + missing);
        }
        List<Mistake> mistakes = check.mistakes();
        shared = SharedMistakes.start(check, LAYOUT, mistakes, Integer.getInteger("integrity.helpers", 1));
        for (String exercise : check.exercises()) {
            nodes.add(dynamicTest(exercise + ": the reference solution passes every graded test", () -> {
                REPORT.reference(exercise, check.checkReference(exercise));
                assertNoHoleAbout(exercise + ":");
            }));
            if (mistakes.stream().noneMatch(m -> m.exerciseId().equals(exercise))) {
                REPORT.hole(exercise + ": no classic mistake under src/mistakes/" + exercise + "/");
            }
        }
        for (Mistake mistake : mistakes) {
            nodes.add(dynamicTest(mistake.exerciseId() + ": the classic mistake '" + mistake.name() + "' is caught", () -> {
                REPORT.mistake(mistake, mistake.explanation(), mistake.breaks(), shared.outcomes(mistake));
                assertNoHoleAbout(mistake + ":");
            }));
        }
        for (String exercise : check.exercises()) {
            nodes.add(dynamicTest(exercise + ": every item of its contract is broken by a caught classic mistake", () -> {
                REPORT.contract(exercise, check.contract(exercise));
                assertNoHoleAbout(exercise);
            }));
        }
        nodes.add(dynamicTest("every graded test reports 'not started' against untouched starters", () -> {
            REPORT.untouchedStarters(check.checkUntouchedStarters());
            assertNoHoleAbout("", "against the untouched starter");
        }));
        nodes.add(dynamicTest("the chapter has no integrity hole at all", () -> assertNoHoleAbout("")));
        return nodes;
    }

    private static void assertNoHoleAbout(String prefix) {
        assertNoHoleAbout(prefix, "");
    }

    private static void assertNoHoleAbout(String prefix, String containing) {
        List<String> found = REPORT.holes().stream()
                .filter(h -> h.startsWith(prefix) && h.contains(containing)).toList();
        if (!found.isEmpty()) {
            throw new AssertionError("integrity hole: " + String.join("\n", found));
        }
    }

    /**
     * A learner edition (the instructor kit's export) has no reference solutions to check: the
     * check says so in one line instead of reporting every exercise as a hole.
     */
    private static boolean isLearnerEdition() {
        return !Files.isDirectory(LAYOUT.solutionSources()) && !Files.isDirectory(LAYOUT.mistakeSources());
    }

    /**
     * Writes the report; prints it whole only where it found a hole or when asked
     * ({@code -Dintegrity.print=true}): it is for maintainers, and a learner's build shows one line.
     */
    @AfterAll
    static void writeReport() throws IOException, InterruptedException {
        if (shared != null) {
            shared.close();
        }
        if (isLearnerEdition()) {
            System.out.println("Integrity check of " + LAYOUT.chapter().getFileName() + ": skipped, this learner edition"
                    + " has no reference solutions (the instructor's copy of the course runs it)");
            return;
        }
        Path dir = LAYOUT.output();
        REPORT.write(dir);
        if (REPORT.holes().isEmpty() && !Boolean.getBoolean("integrity.print")) {
            Path root = LAYOUT.chapter().toAbsolutePath().getParent();
            System.out.println(REPORT.summary() + " (report: " + root.relativize(dir.toAbsolutePath().resolve(IntegrityReport.FILE))
                    + ", or -Dintegrity.print=true)");
            return;
        }
        System.out.println();
        System.out.print(REPORT.render());
        System.out.println("  (report and docs fragments in " + dir + ")");
    }
}
