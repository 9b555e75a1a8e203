package org.socketslab.kit.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.TestPlan;

/**
 * When a module's test run ends, prints the chapter's scoreboard and writes it under
 * {@code target/grading/}: Gradescope's {@code results.json}, and the outcomes that the
 * course-wide summary reads. Registered through {@code META-INF/services}, so every module with
 * lab-kit on its test classpath gets it.
 */
public final class ScoreboardListener extends OutcomeCollector {

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<TestOutcome> outcomes = outcomes();
        if (outcomes.isEmpty()) {
            return; // No graded test ran (a module's own tests, the integrity run): nothing to overwrite.
        }
        Scoreboard board = Scoreboard.of(outcomes, Course.CHAPTERS);
        String text = board.render("Scoreboard of " + System.getProperty("grading.module", "this chapter"));
        System.out.println();
        System.out.print(text);
        Path dir = Path.of(System.getProperty("grading.output", "target"), "grading");
        try {
            OutcomeFile.write(dir.resolve(OutcomeFile.NAME), outcomes);
            GradescopeResults.write(dir.resolve(GradescopeResults.NAME), board, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scoreboard under " + dir, e);
        }
    }
}
