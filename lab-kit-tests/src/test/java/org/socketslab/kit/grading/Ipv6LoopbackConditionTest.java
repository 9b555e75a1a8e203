package org.socketslab.kit.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.Loopback;
import org.socketslab.kit.testing.FixtureRun;

/**
 * Tests that need {@code ::1} report "skipped" with the reason where there is no IPv6 loopback.
 * A JVM started with {@code -Djava.net.preferIPv4Stack=true} cannot bind {@code ::1}: that is the
 * machine without IPv6, simulated.
 */
@Timeout(30)
class Ipv6LoopbackConditionTest {

    @Tag("kit-6")
    @Exercise(id = "kit-6", title = "Fixture", docs = "kit.html#kit-6")
    static class NeedsIpv6 {
        @Test
        @RequiresIpv6Loopback
        void usesIpv6() {
            throw new UnsupportedOperationException("TODO kit-6: write me");
        }

        @Test
        void runsAnywhere() {
        }
    }

    /** Runs the fixture in this JVM (the one the child starts) and prints each outcome on a line. */
    public static void main(String[] args) {
        for (TestOutcome outcome : FixtureRun.of(NeedsIpv6.class)) {
            System.out.println(outcome.test() + "|" + outcome.status() + "|" + outcome.message().lines().findFirst().orElse(""));
        }
    }

    @Test
    void withIpv6HereTheTestRunsAsUsual() {
        List<TestOutcome> outcomes = FixtureRun.of(NeedsIpv6.class);
        if (Loopback.ipv6Available()) {
            assertThat(outcomes).extracting(TestOutcome::status).containsExactlyInAnyOrder(Status.NOT_STARTED, Status.PASSED);
        } else {
            assertThat(outcomes).extracting(TestOutcome::status).containsExactlyInAnyOrder(Status.SKIPPED, Status.PASSED);
        }
    }

    @Test
    void withoutIpv6EachSuchTestIsSkippedWithTheReasonAndTheOthersRun() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java, "-Djava.net.preferIPv4Stack=true", "-cp", classpath,
                Ipv6LoopbackConditionTest.class.getName()).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(output).as(output)
                .contains("usesIpv6()|SKIPPED|" + Loopback.NO_IPV6)
                .contains("runsAnywhere()|PASSED|");
    }

    @Test
    void skippedTestsEarnAndCostNothingAndNeverBecomeNext() throws IOException {
        TestOutcome skipped = new TestOutcome("ipv6-3", "Dual stack", 10, "ipv6.html#ipv6-3", "a", Status.SKIPPED,
                Loopback.NO_IPV6);
        TestOutcome passed = new TestOutcome("ipv6-4", "Happy", 10, "ipv6.html#ipv6-4", "a", Status.PASSED, "");
        TestOutcome alsoSkipped = new TestOutcome("ipv6-4", "Happy", 10, "ipv6.html#ipv6-4", "b", Status.SKIPPED,
                Loopback.NO_IPV6);
        Scoreboard board = Scoreboard.of(List.of(skipped, passed, alsoSkipped), Course.CHAPTERS);
        assertThat(board.exercises()).extracting(ExerciseResult::status).containsExactly(Status.SKIPPED, Status.PASSED);
        // The test that ran earns its own share only: passing half an exercise never gives all its points.
        assertThat(board.score()).isEqualTo(5);
        assertThat(board.maxScore()).isEqualTo(5);
        assertThat(board.next()).isEmpty();
        assertThat(board.render("x")).contains("skipped", "5/5",
                "Skipped on this machine, no points either way: ipv6-3: " + Loopback.NO_IPV6,
                "as far as this machine could check").doesNotContain("Well done");
        String json = GradescopeResults.toJson(board, "");
        assertThat(json).contains("\"score\": 5.00,\n  \"max_score\": 5.00,",
                "\"score\": 5.00, \"max_score\": 5.00, \"status\": \"passed\"",
                "\"max_score\": 0.00, \"output\": \"Skipped, no points either way: " + Loopback.NO_IPV6);
    }
}
