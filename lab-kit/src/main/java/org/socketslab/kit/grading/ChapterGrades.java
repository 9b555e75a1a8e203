package org.socketslab.kit.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A chapter's grade files under {@code target/grading/}: the outcomes the course-wide summary
 * reads and Gradescope's {@code results.json}. Both the build ({@link ScoreboardListener}) and the
 * learner's loop ({@code ./lab}) record a run through here, so the two never disagree. A run of
 * chosen exercises keeps what earlier runs recorded for the others.
 */
public final class ChapterGrades {
    private final Path dir;
    private final String heading;

    /** {@code target}: the module's build directory; {@code module}: its artifactId, for the heading. */
    public ChapterGrades(Path target, String module) {
        this.dir = target.resolve("grading");
        this.heading = "Scoreboard of " + module;
    }

    /**
     * Writes the grade files for a run that produced {@code outcomes} and returns the scoreboard
     * text the build prints: the whole chapter's, or for a run of chosen exercises, theirs and
     * what comes next among {@code chapter}'s exercises.
     */
    public String record(List<TestOutcome> outcomes, Optional<SelectedRun> selection,
                         List<ChapterExercises.Entry> chapter) throws IOException {
        List<TestOutcome> known = selection.isPresent() ? selection.get().merge(earlier(), outcomes) : outcomes;
        Scoreboard board = Scoreboard.of(known, Course.CHAPTERS);
        String text;
        if (selection.isPresent()) {
            Scoreboard thisRun = Scoreboard.of(outcomes, Course.CHAPTERS);
            text = thisRun.table(heading) + selection.get().footer(thisRun, board, chapter);
        } else {
            text = board.render(heading);
        }
        OutcomeFile.write(dir.resolve(OutcomeFile.NAME), known);
        GradescopeResults.write(dir.resolve(GradescopeResults.NAME), board, board.render(heading));
        return text;
    }

    /** What earlier runs recorded for this chapter; empty when none has run. */
    public List<TestOutcome> earlier() throws IOException {
        Path file = dir.resolve(OutcomeFile.NAME);
        return Files.exists(file) ? OutcomeFile.read(file) : List.of();
    }
}
