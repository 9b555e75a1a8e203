package org.socketslab.kit.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectedRunTest {
    private static final List<ChapterExercises.Entry> CHAPTER = List.of(
            new ChapterExercises.Entry("tcp-1", "One", "tcp.html#tcp-1", 10),
            new ChapterExercises.Entry("tcp-2", "Two", "tcp.html#tcp-2", 10),
            new ChapterExercises.Entry("tcp-3", "Three", "tcp.html#tcp-3", 10),
            new ChapterExercises.Entry("tcp-4", "Four", "tcp.html#tcp-4", 10));

    private static TestOutcome outcome(String id, Status status) {
        return new TestOutcome(id, "Title of " + id, 10, "tcp.html#" + id, "a test", status, "");
    }

    private static Scoreboard board(TestOutcome... outcomes) {
        return Scoreboard.of(List.of(outcomes), Course.CHAPTERS);
    }

    @Test
    void readsExerciseIdsFromATagExpression() {
        assertThat(SelectedRun.of("")).isEmpty();
        assertThat(SelectedRun.of(null)).isEmpty();
        SelectedRun run = SelectedRun.of("tcp-2 | tcp-3").orElseThrow();
        assertThat(run.includes("tcp-2")).isTrue();
        assertThat(run.includes("tcp-3")).isTrue();
        assertThat(run.includes("tcp-1")).isFalse();
    }

    @Test
    void keepsWhatEarlierRunsRecordedForTheOtherExercises() {
        SelectedRun run = SelectedRun.of("tcp-2").orElseThrow();
        List<TestOutcome> merged = run.merge(
                List.of(outcome("tcp-1", Status.PASSED), outcome("tcp-2", Status.FAILED)),
                List.of(outcome("tcp-2", Status.PASSED)));
        assertThat(merged).containsExactly(outcome("tcp-1", Status.PASSED), outcome("tcp-2", Status.PASSED));
    }

    @Test
    void aFailingExerciseIsTheOneToKeepGoingOnAndNoOneIsCongratulated() {
        SelectedRun run = SelectedRun.of("tcp-2").orElseThrow();
        Scoreboard now = board(outcome("tcp-2", Status.FAILED));
        String footer = run.footer(now, now, CHAPTER);
        assertThat(footer).contains("Keep going: tcp-2", "checked tcp-2 only").doesNotContain("Well done", "Every exercise");
    }

    @Test
    void anUntouchedExerciseIsNotStartedYet() {
        SelectedRun run = SelectedRun.of("tcp-3").orElseThrow();
        Scoreboard now = board(outcome("tcp-3", Status.NOT_STARTED));
        assertThat(run.footer(now, now, CHAPTER)).contains("Not started yet: tcp-3");
    }

    @Test
    void aPassingExerciseNamesTheNextOneThatHasNotPassedYet() {
        SelectedRun run = SelectedRun.of("tcp-2").orElseThrow();
        Scoreboard now = board(outcome("tcp-2", Status.PASSED));
        Scoreboard known = board(outcome("tcp-2", Status.PASSED), outcome("tcp-3", Status.PASSED));
        assertThat(run.footer(now, known, CHAPTER))
                .contains("tcp-2 passes. Next: tcp-4 Four, read docs/target/site/tcp.html#tcp-4",
                        "./mvnw -q -pl chapter-tcp -am test -Dgroups=tcp-4")
                .doesNotContain("Well done");
    }

    @Test
    void theLastExerciseOfAChapterPointsToTheNextChapter() {
        SelectedRun run = SelectedRun.of("tcp-4").orElseThrow();
        Scoreboard now = board(outcome("tcp-4", Status.PASSED));
        assertThat(run.footer(now, now, CHAPTER)).contains("tcp-4 passes. Next: the next chapter");
    }
}
