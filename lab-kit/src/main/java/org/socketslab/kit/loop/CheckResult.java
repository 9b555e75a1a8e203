package org.socketslab.kit.loop;

import java.util.List;
import java.util.Optional;
import org.socketslab.kit.grading.Course;
import org.socketslab.kit.grading.ExerciseResult;
import org.socketslab.kit.grading.Scoreboard;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/**
 * How one check of an exercise ended: the compiler's messages when the chapter did not compile,
 * otherwise the outcome of each graded test.
 */
record CheckResult(LabExercise exercise, String compileErrors, List<TestOutcome> outcomes) {

    static CheckResult compileFailed(LabExercise exercise, String errors) {
        return new CheckResult(exercise, errors, List.of());
    }

    static CheckResult ran(LabExercise exercise, List<TestOutcome> outcomes) {
        return new CheckResult(exercise, "", List.copyOf(outcomes));
    }

    boolean compiled() {
        return compileErrors.isEmpty();
    }

    /** The exercise's line of the scoreboard; empty when nothing ran. */
    Optional<ExerciseResult> result() {
        return Scoreboard.of(outcomes, Course.CHAPTERS).exercises().stream().findFirst();
    }

    /** Whether it passes the way {@code ./mvnw verify} counts it (skipped tests neither pass nor fail). */
    boolean passes() {
        return result().map(r -> LabCourse.done(r.status())).orElse(false);
    }

    Status status() {
        return compiled() ? result().map(ExerciseResult::status).orElse(Status.NOT_STARTED) : Status.FAILED;
    }
}
