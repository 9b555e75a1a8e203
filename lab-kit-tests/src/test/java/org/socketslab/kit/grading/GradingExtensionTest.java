package org.socketslab.kit.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.testing.FixtureRun;

/** The grading rules, checked on small graded fixtures run through their own launcher. */
class GradingExtensionTest {

    static void starter() {
        throw new UnsupportedOperationException("TODO kit-1: write me");
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", points = 6, docs = "kit.html#kit-1")
    static class TodoThrownDirectly {
        @Test
        void callsTheStarter() {
            starter();
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class TodoThrownInAnotherThread {
        @Test
        void callsTheStarterInAnExecutor() throws Exception {
            CompletableFuture.runAsync(GradingExtensionTest::starter).get();
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class TodoQuotedByAssertJ {
        @Test
        void expectsAnotherException() {
            assertThatThrownBy(GradingExtensionTest::starter).isInstanceOf(IOException.class);
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class FailsWithSteps {
        @Test
        void comparesAndFails(Steps steps) {
            steps.step("connected to the server");
            steps.step("sent \"ping\"");
            assertThat("pong").as("reply").isEqualTo("PING");
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class ThrowsAnIoException {
        @Test
        void learnerCodeThrows() throws IOException {
            throw new IOException("Connection refused");
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class Passes {
        @Test
        void isFine() {
            assertThat(1 + 1).isEqualTo(2);
        }
    }

    @Exercise(id = "kit-2", title = "Untagged", docs = "kit.html#kit-2")
    static class MissingTag {
        @Test
        void neverRuns() {
        }
    }

    @Tag("kit-1")
    @Exercise(id = "kit-1", title = "Fixture", docs = "kit.html#kit-1")
    static class Hangs {
        @Test
        void waitsTooLong() throws Exception {
            TimeLimit.call(Duration.ofMillis(200), "the call never returned", () -> {
                Thread.sleep(5_000);
                return null;
            });
        }
    }

    @Test
    void aStarterThatStillThrowsTodoIsNotStartedWhereverTheTodoSurfaces() {
        for (Class<?> fixture : List.of(TodoThrownDirectly.class, TodoThrownInAnotherThread.class, TodoQuotedByAssertJ.class)) {
            TestOutcome outcome = FixtureRun.single(fixture);
            assertThat(outcome.status()).as(fixture.getSimpleName()).isEqualTo(Status.NOT_STARTED);
            assertThat(outcome.message()).as(fixture.getSimpleName()).contains("not started", "TODO kit-1: write me");
        }
    }

    @Test
    void aFailureShowsTheStepsDoneAndWhereToRead() {
        TestOutcome outcome = FixtureRun.single(FailsWithSteps.class);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message())
                .contains("[reply]", "PING", "pong")
                .contains("Steps done:\n  1. connected to the server\n  2. sent \"ping\"")
                .endsWith("Read: docs/target/site/kit.html#kit-1");
    }

    @Test
    void anExceptionFromTheLearnersCodeIsReportedAsSuch() {
        TestOutcome outcome = FixtureRun.single(ThrowsAnIoException.class);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).startsWith("your code threw java.io.IOException: Connection refused");
    }

    @Test
    void aPassingTestPasses() {
        assertThat(FixtureRun.single(Passes.class).status()).isEqualTo(Status.PASSED);
    }

    @Test
    void aHangBecomesAQuickFailureWithTheExplanation() {
        TestOutcome outcome = FixtureRun.single(Hangs.class);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.message()).contains("no result after 200 ms: the call never returned");
    }

    @Test
    void aGradedClassWithoutItsTagIsRejected() {
        assertThat(FixtureRun.containerFailures(MissingTag.class))
                .singleElement().asString().contains("lacks @Tag(\"kit-2\")");
    }
}
