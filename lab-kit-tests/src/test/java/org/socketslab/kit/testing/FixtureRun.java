package org.socketslab.kit.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.socketslab.kit.grading.OutcomeCollector;
import org.socketslab.kit.grading.TestOutcome;

/**
 * Runs fixture test classes (static nested classes, which Surefire does not run by itself)
 * through a separate JUnit launcher and returns how their graded tests ended.
 */
public final class FixtureRun {
    private FixtureRun() {
    }

    public static List<TestOutcome> of(Class<?>... fixtures) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.platform.execution.listeners.deactivate", "*");
        for (Class<?> fixture : fixtures) {
            request.selectors(selectClass(fixture));
        }
        OutcomeCollector collector = new OutcomeCollector();
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(request.build(), collector);
        return collector.outcomes();
    }

    /** Messages of the fixture's failed containers (a class whose set-up failed runs no test). */
    public static List<String> containerFailures(Class<?> fixture) {
        List<String> failures = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isContainer() && result.getStatus() == TestExecutionResult.Status.FAILED) {
                    failures.add(result.getThrowable().map(Throwable::getMessage).orElse("(no message)"));
                }
            }
        };
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), listener);
        return failures;
    }

    public static TestOutcome single(Class<?> fixture) {
        List<TestOutcome> outcomes = of(fixture);
        if (outcomes.size() != 1) {
            throw new AssertionError("expected one graded test in " + fixture.getName() + ", got " + outcomes);
        }
        return outcomes.get(0);
    }
}
