package org.socketslab.kit.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/** What a helper JVM sends comes back whole, whatever a failure message holds. */
class OutcomeLinesTest {

    @Test
    void outcomesSurviveTheTripWithTabsLineBreaksAndBackslashes() {
        List<TestOutcome> outcomes = List.of(
                new TestOutcome("ex-1", "An exercise", 10, "page.html#ex-1", "passes", Status.PASSED, ""),
                new TestOutcome("ex-1", "An exercise", 10, "page.html#ex-1", "fails\there",
                        Status.FAILED, "expected \"a\\tb\"\nbut was\r\n\t\\ and \u0000 and \\n"));
        String line = OutcomeLines.result("ex-1/wrong", outcomes);

        assertThat(line).doesNotContain("\n", "\r").startsWith(OutcomeLines.MARK);
        OutcomeLines.Parsed parsed = OutcomeLines.parse(line);
        assertThat(parsed.mistake()).isEqualTo("ex-1/wrong");
        assertThat(parsed.error()).isNull();
        assertThat(parsed.outcomes()).isEqualTo(outcomes);
    }

    @Test
    void anErrorComesBackAsAnError() {
        OutcomeLines.Parsed parsed = OutcomeLines.parse(
                OutcomeLines.error("ex-1/broken", new IOException("cannot compile:\nA.java:3: error")));
        assertThat(parsed.mistake()).isEqualTo("ex-1/broken");
        assertThat(parsed.error()).isEqualTo("cannot compile:\nA.java:3: error");
        assertThat(parsed.outcomes()).isEmpty();
    }

    @Test
    void whatTheTestsPrintIsNotAnAnswer() {
        assertThat(OutcomeLines.parse("result\tex-1/wrong")).isNull();
        assertThat(OutcomeLines.parse("")).isNull();
    }

    @Test
    void aRunWithNoOutcomesIsAnEmptyList() {
        assertThat(OutcomeLines.parse(OutcomeLines.result("ex-1/none", List.of())).outcomes()).isEmpty();
    }
}
