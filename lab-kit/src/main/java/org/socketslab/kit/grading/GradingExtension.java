package org.socketslab.kit.grading;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * Applies the grading rules to the tests of an {@link Exercise} class: TODO means "not started",
 * and every other failure tells the learner what happened, the steps that led there, and where
 * to read.
 */
public final class GradingExtension
        implements BeforeAllCallback, ExecutionCondition, ParameterResolver, TestExecutionExceptionHandler, TestWatcher {

    /** Relative to the repository root, so messages read the same on every machine and in the docs. */
    public static final String SITE = "docs/target/site/";

    /**
     * Configuration parameter the integrity check sets: once one graded test has failed, skip the
     * rest of the run, because one failure is all it needs to call a mistake caught.
     */
    public static final String STOP_AT_FIRST_FAILURE = "socketslab.grading.stopAtFirstFailure";
    private static final String FAILED = "a graded test failed";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GradingExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Exercise exercise = exerciseOf(testClass);
        boolean tagged = AnnotationSupport.findRepeatableAnnotations(testClass, Tag.class).stream()
                .anyMatch(tag -> tag.value().equals(exercise.id()));
        if (!tagged) {
            throw new ExtensionConfigurationException(testClass.getName() + " is graded as " + exercise.id()
                    + " but lacks @Tag(\"" + exercise.id() + "\"), so -Dgroups=" + exercise.id() + " would not run it");
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean stopAtFirstFailure = context.getConfigurationParameter(STOP_AT_FIRST_FAILURE, Boolean::parseBoolean)
                .orElse(false);
        if (stopAtFirstFailure && context.getRoot().getStore(NAMESPACE).get(FAILED) != null) {
            return ConditionEvaluationResult.disabled("an earlier graded test already failed");
        }
        return ConditionEvaluationResult.enabled("grading");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getRoot().getStore(NAMESPACE).put(FAILED, Boolean.TRUE);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Steps.class;
    }

    @Override
    public Steps resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Steps.class, key -> new Steps(), Steps.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        var todo = Todo.in(failure);
        if (todo.isPresent()) {
            throw new NotStartedException(todo.get());
        }
        if (failure instanceof TestAbortedException) {
            throw failure;
        }
        Steps steps = context.getStore(NAMESPACE).get(Steps.class, Steps.class);
        List<String> done = steps == null ? List.of() : steps.done();
        Exercise exercise = exerciseOf(context.getRequiredTestClass());
        AssertionError explained = new AssertionError(explain(failure, done, exercise), failure);
        explained.setStackTrace(failure.getStackTrace());
        throw explained;
    }

    static String explain(Throwable failure, List<String> steps, Exercise exercise) {
        StringBuilder text = new StringBuilder();
        if (failure instanceof AssertionError) {
            text.append(failure.getMessage() == null ? "assertion failed" : failure.getMessage().strip());
        } else {
            text.append("your code threw ").append(failure);
        }
        if (!steps.isEmpty()) {
            text.append("\n\nSteps done:");
            for (int i = 0; i < steps.size(); i++) {
                text.append("\n  ").append(i + 1).append(". ").append(steps.get(i));
            }
        }
        text.append("\n\nRead: ").append(SITE).append(exercise.docs());
        return text.toString();
    }

    static Exercise exerciseOf(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, Exercise.class)
                .orElseThrow(() -> new ExtensionConfigurationException(
                        testClass.getName() + " uses the grading extension but has no @Exercise"));
    }
}
