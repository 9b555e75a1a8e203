package org.socketslab.kit.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.TestPlan;

/**
 * When a module's test run ends, prints each failed graded test once, in the course's words, then
 * the chapter's scoreboard, and writes it under {@code target/grading/}: Gradescope's
 * {@code results.json}, and the outcomes that the course-wide summary reads. A run of chosen
 * exercises ({@code -Dgroups=tcp-2}) speaks of those only, and keeps what earlier runs recorded
 * for the others. Registered through {@code META-INF/services}, so every module with lab-kit on
 * its test classpath gets it.
 */
public final class ScoreboardListener extends OutcomeCollector {

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<TestOutcome> outcomes = outcomes();
        if (outcomes.isEmpty()) {
            return; // No graded test ran (a module's own tests, the integrity run): nothing to overwrite.
        }
        Path target = Path.of(System.getProperty("grading.output", "target"));
        ChapterGrades grades = new ChapterGrades(target, System.getProperty("grading.module", "this chapter"));
        try {
            String text = grades.record(outcomes, SelectedRun.of(System.getProperty("grading.groups", "")),
                    ChapterExercises.in(target.resolve("test-classes")));
            // One write: chapters build side by side (-T), and their reports must not interleave.
            System.out.print(FailureReport.of(outcomes) + System.lineSeparator() + text);
            System.out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scoreboard under " + target.resolve("grading"), e);
        }
    }
}
