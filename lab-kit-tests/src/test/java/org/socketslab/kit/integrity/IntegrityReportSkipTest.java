package org.socketslab.kit.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/** What the integrity report makes of graded tests that could not run on this machine. */
class IntegrityReportSkipTest {
    private static final Mistake MISTAKE = new Mistake("ex-1", "sequential", Path.of("unused"));
    private static final List<String> BREAKS = List.of("staggered");

    private static TestOutcome outcome(String test, Status status) {
        return new TestOutcome("ex-1", "Example", 10, "ex.html#ex-1", test, status,
                status == Status.SKIPPED ? Loopback.NO_IPV6 : status == Status.FAILED ? "expected x" : "");
    }

    @Test
    void skippedTestsAreNoHoleAndTheReportSaysWhatWasNotChecked() {
        IntegrityReport report = new IntegrityReport("example");
        report.reference("ex-1", List.of(outcome("a", Status.PASSED), outcome("b", Status.SKIPPED)));
        report.mistake(MISTAKE, Optional.of("tries one address after another."), BREAKS,
                List.of(outcome("a", Status.PASSED), outcome("b", Status.SKIPPED)));
        report.untouchedStarters(List.of(outcome("a", Status.NOT_STARTED), outcome("b", Status.SKIPPED)));

        assertThat(report.holes()).isEmpty();
        assertThat(report.render()).contains(
                "reference solution: passed 1/2 graded tests, 1 skipped (" + Loopback.NO_IPV6 + ")",
                "mistake sequential: not checked here, 1 skipped (" + Loopback.NO_IPV6 + ")",
                "untouched starters: 2 graded tests run against them, 1 skipped",
                "No holes among the tests that ran; the skipped ones could not run on this machine");
    }

    @Test
    void theDocsSayWhichMistakesWereNotChecked(@TempDir Path dir) throws IOException {
        IntegrityReport report = new IntegrityReport("example");
        report.mistake(MISTAKE, Optional.of("tries one address after another."), BREAKS, List.of(outcome("b", Status.SKIPPED)));
        report.write(dir);
        assertThat(Files.readString(dir.resolve("ex-1-mistakes.adoc"))).contains("`sequential`:: tries one address",
                "Not checked when these pages were built", Loopback.NO_IPV6);
    }

    @Test
    void aMistakeCaughtByATestThatRanIsCaughtEvenIfOthersWereSkipped() {
        IntegrityReport report = new IntegrityReport("example");
        report.mistake(MISTAKE, Optional.of("x."), BREAKS, List.of(outcome("a", Status.FAILED), outcome("b", Status.SKIPPED)));
        assertThat(report.holes()).isEmpty();
        assertThat(report.render()).contains("mistake sequential: caught by \"a\"");
    }

    @Test
    void aMistakeThatPassesEveryTestThatRanWithoutSkipsIsStillAHole() {
        IntegrityReport report = new IntegrityReport("example");
        report.mistake(MISTAKE, Optional.of("x."), BREAKS, List.of(outcome("a", Status.PASSED)));
        assertThat(report.holes()).singleElement().asString().contains("no graded test of ex-1 fails");
    }
}
