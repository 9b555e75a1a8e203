package org.socketslab.kit.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsOverridesTest {
    private static final TestOutcome TCP_1 = new TestOutcome("tcp-1", "T", 10, "tcp.html#tcp-1", "a", Status.PASSED, "");
    private static final TestOutcome TCP_2 = new TestOutcome("tcp-2", "T", 10, "tcp.html#tcp-2", "a", Status.PASSED, "");

    @Test
    void replacesThePointsOfTheExercisesItNamesOnly(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("points.properties"), "# heavier first exercise\ntcp-1 = 25\n");
        PointsOverrides points = PointsOverrides.load(file);
        points.checkKnown(Set.of("tcp-1", "tcp-2"));
        List<TestOutcome> applied = points.apply(List.of(TCP_1, TCP_2));
        assertThat(applied).extracting(TestOutcome::points).containsExactly(25, 10);
        assertThat(Scoreboard.of(applied, Course.CHAPTERS).maxScore()).isEqualTo(35.0);
    }

    @Test
    void rejectsWhatIsNotAWholeNumberOfPoints(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("points.properties"), "tcp-1 = ten\n");
        assertThatThrownBy(() -> PointsOverrides.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("points of tcp-1 must be a whole number").hasMessageContaining("\"ten\"");
    }

    @Test
    void rejectsAnExerciseThatDoesNotExist(@TempDir Path dir) throws IOException {
        PointsOverrides points = PointsOverrides.load(Files.writeString(dir.resolve("p.properties"), "tcp-9=5\n"));
        assertThatThrownBy(() -> points.checkKnown(Set.of("tcp-1"))).hasMessageContaining("unknown exercises [tcp-9]");
    }

    @Test
    void visibilityUsesGradescopesWordsAndTheJsonCarriesItWithCutOutput() {
        assertThat(Visibility.of("after_due_date")).isEqualTo(Visibility.AFTER_DUE_DATE);
        assertThatThrownBy(() -> Visibility.of("later")).hasMessageContaining("visible, after_due_date, after_published, hidden");
        TestOutcome failed = new TestOutcome("tcp-1", "T", 10, "tcp.html#tcp-1", "a", Status.FAILED, "x".repeat(500));
        String json = GradescopeResults.toJson(Scoreboard.of(List.of(failed), Course.CHAPTERS), "out", Visibility.HIDDEN, 100);
        assertThat(json).contains("\"visibility\": \"hidden\"", "\"stdout_visibility\": \"hidden\"",
                "[… 400 more characters left out]").doesNotContain("x".repeat(101));
    }
}
