package org.socketslab.kit.grading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
        Path dir = target.resolve("grading");
        Optional<SelectedRun> selection = SelectedRun.of(System.getProperty("grading.groups", ""));
        try {
            List<TestOutcome> known = selection.isPresent() ? selection.get().merge(earlier(dir), outcomes) : outcomes;
            Scoreboard board = Scoreboard.of(known, Course.CHAPTERS);
            String heading = "Scoreboard of " + System.getProperty("grading.module", "this chapter");
            String text;
            if (selection.isPresent()) {
                Scoreboard thisRun = Scoreboard.of(outcomes, Course.CHAPTERS);
                text = thisRun.table(heading) + selection.get().footer(thisRun, board,
                        ChapterExercises.in(target.resolve("test-classes")));
            } else {
                text = board.render(heading);
            }
            System.out.print(FailureReport.of(outcomes));
            System.out.println();
            System.out.print(text);
            OutcomeFile.write(dir.resolve(OutcomeFile.NAME), known);
            GradescopeResults.write(dir.resolve(GradescopeResults.NAME), board, board.render(heading));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scoreboard under " + dir, e);
        }
    }

    private static List<TestOutcome> earlier(Path dir) throws IOException {
        Path file = dir.resolve(OutcomeFile.NAME);
        return Files.exists(file) ? OutcomeFile.read(file) : List.of();
    }
}
