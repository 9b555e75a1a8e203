package org.socketslab.kit.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreboardTest {

    private static TestOutcome outcome(String id, String test, Status status) {
        return new TestOutcome(id, "Title of " + id, 10, "ch.html#" + id, test, status,
                status == Status.PASSED ? "" : "expected \"x\"\n\tbut got y");
    }

    private static final List<TestOutcome> OUTCOMES = List.of(
            outcome("tcp-10", "a", Status.PASSED),
            outcome("udp-1", "a", Status.NOT_STARTED),
            outcome("tcp-2", "a", Status.PASSED),
            outcome("tcp-2", "b", Status.NOT_STARTED),
            outcome("tcp-1", "a", Status.PASSED),
            outcome("tcp-1", "b", Status.FAILED),
            outcome("tcp-3", "a", Status.PASSED),
            outcome("tcp-3", "b", Status.PASSED));

    @Test
    void ordersExercisesByChapterThenNumber() {
        Scoreboard board = Scoreboard.of(OUTCOMES, Course.CHAPTERS);
        assertThat(board.exercises()).extracting(ExerciseResult::id)
                .containsExactly("tcp-1", "tcp-2", "tcp-3", "tcp-10", "udp-1");
    }

    @Test
    void aggregatesStatusAndSharesPointsAmongTests() {
        Scoreboard board = Scoreboard.of(OUTCOMES, Course.CHAPTERS);
        assertThat(board.exercises()).extracting(ExerciseResult::status).containsExactly(
                Status.FAILED, Status.IN_PROGRESS, Status.PASSED, Status.PASSED, Status.NOT_STARTED);
        assertThat(board.score()).isEqualTo(5 + 5 + 10 + 10);
        assertThat(board.maxScore()).isEqualTo(50);
        assertThat(board.next()).get().extracting(ExerciseResult::id).isEqualTo("tcp-1");
    }

    @Test
    void rendersATableWithTheNextExerciseAndHowToRunIt() {
        String text = Scoreboard.of(OUTCOMES, Course.CHAPTERS).render("Scoreboard of test");
        assertThat(text).contains("Scoreboard of test", "tcp-2", "in progress", "1/2", "5/10", "30/50",
                "Next: tcp-1 Title of tcp-1, read docs/target/site/ch.html#tcp-1",
                "./mvnw -q -pl chapter-tcp -am test -Dgroups=tcp-1");
    }

    @Test
    void congratulatesWhenEverythingPasses() {
        String text = Scoreboard.of(List.of(outcome("tcp-1", "a", Status.PASSED)), Course.CHAPTERS).render("x");
        assertThat(text).contains("Every exercise passes");
    }

    @Test
    void writesGradescopeResultsWithOneEntryPerTest() {
        String json = GradescopeResults.toJson(Scoreboard.of(OUTCOMES, Course.CHAPTERS), "board \"text\"");
        assertThat(json).contains("\"score\": 30.00", "\"max_score\": 50", "\"output\": \"board \\\"text\\\"\"",
                "\"name\": \"tcp-1 Title of tcp-1: b\"", "\"status\": \"failed\"",
                "expected \\\"x\\\"\\n\\tbut got y", "Not started: the starter still throws its TODO exception.");
        assertThat(json.split("\"number\"", -1)).hasSize(OUTCOMES.size() + 1);
    }

    @Test
    void outcomesSurviveTheRoundTripThroughTheirFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("grading/outcomes.tsv");
        OutcomeFile.write(file, OUTCOMES);
        assertThat(OutcomeFile.read(file)).isEqualTo(OUTCOMES);
        assertThat(Files.readAllLines(file)).hasSize(OUTCOMES.size());
    }
}
