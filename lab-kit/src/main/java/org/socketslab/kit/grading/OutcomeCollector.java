package org.socketslab.kit.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Records how every graded test of a run ended; tests without {@link Exercise} are ignored. */
public class OutcomeCollector implements TestExecutionListener {
    private final List<TestOutcome> outcomes = new ArrayList<>();

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        exerciseOf(test).ifPresent(exercise -> outcomes.add(new TestOutcome(exercise.id(), exercise.title(),
                exercise.points(), exercise.docs(), test.getDisplayName(), statusOf(result), messageOf(result))));
    }

    /** A test that never ran, because a condition disabled it (e.g. no IPv6 loopback here): the reason says why. */
    @Override
    public synchronized void executionSkipped(TestIdentifier test, String reason) {
        if (!test.isTest()) {
            return;
        }
        exerciseOf(test).ifPresent(exercise -> outcomes.add(new TestOutcome(exercise.id(), exercise.title(),
                exercise.points(), exercise.docs(), test.getDisplayName(), Status.SKIPPED, reason)));
    }

    public synchronized List<TestOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private static Optional<Exercise> exerciseOf(TestIdentifier test) {
        return test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(source -> ((MethodSource) source).getJavaClass())
                .flatMap(testClass -> AnnotationSupport.findAnnotation(testClass, Exercise.class));
    }

    private static Status statusOf(TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL:
                return Status.PASSED;
            case ABORTED:
                return Status.NOT_STARTED;
            default:
                return Status.FAILED;
        }
    }

    private static String messageOf(TestExecutionResult result) {
        return result.getThrowable().map(FailureText::of).orElse("");
    }
}
