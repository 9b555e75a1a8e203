package org.socketslab.kit.grading;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.nio.file.Path;
import java.util.Set;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a chapter's graded tests (the test classes of its {@code exercise} packages) through the
 * JUnit Platform, in a JVM that Maven starts for it after the examples' tests. Everything the
 * learner sees comes from {@link ScoreboardListener}: each failure once, in the course's words,
 * then the scoreboard. (Surefire would print every failure twice more, with stack traces.)
 */
public final class GradedTests {
    private GradedTests() {
    }

    /** {@code args[0]}: the module's test classes; {@code args[1]}, optional: a tag expression such as {@code tcp-2}. */
    public static void main(String[] args) {
        Path testClasses = Path.of(args[0]);
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(Set.of(testClasses)))
                .filters(includeClassNamePatterns(".*\\.exercise\\..*Test"));
        if (args.length > 1 && !args[1].isBlank()) {
            request.filters(TagFilter.includeTags(args[1]));
        }
        LauncherDiscoveryRequest discovery = request.build();
        LauncherFactory.create().execute(discovery); // ScoreboardListener registers itself
    }
}
