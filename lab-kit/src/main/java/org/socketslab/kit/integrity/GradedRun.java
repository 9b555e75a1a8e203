package org.socketslab.kit.integrity;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.GradingExtension;
import org.socketslab.kit.grading.OutcomeCollector;
import org.socketslab.kit.grading.TestOutcome;

/**
 * Runs a chapter's graded tests through the JUnit Platform launcher in a class loader whose
 * roots decide which implementation of each exercise class the tests meet.
 */
public final class GradedRun {
    private final Path testClasses;

    public GradedRun(Path testClasses) {
        this.testClasses = testClasses;
    }

    /** Graded test class names by exercise id, found by loading every test class once. */
    public Map<String, List<String>> gradedClasses(List<Path> roots) throws IOException {
        Map<String, List<String>> byExercise = new TreeMap<>();
        try (ShadowingClassLoader loader = new ShadowingClassLoader(roots, getClass().getClassLoader());
             Stream<Path> walk = Files.walk(testClasses)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
                    .sorted().collect(Collectors.toList())) {
                String name = testClasses.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                Class<?> testClass = load(loader, name);
                AnnotationSupport.findAnnotation(testClass, Exercise.class).ifPresent(exercise ->
                        byExercise.computeIfAbsent(exercise.id(), id -> new ArrayList<>()).add(testClass.getName()));
            }
        }
        return byExercise;
    }

    /**
     * Runs the named test classes with {@code roots} first on the class path; returns every graded
     * outcome. With {@code stopAtFirstFailure}, tests after the first failure are skipped.
     */
    public List<TestOutcome> run(List<Path> roots, List<String> classNames, boolean stopAtFirstFailure) throws IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (ShadowingClassLoader loader = new ShadowingClassLoader(roots, getClass().getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    // Keep the chapter's scoreboard listener out: this run must not overwrite the learner's grades.
                    .configurationParameter("junit.platform.execution.listeners.deactivate", "*")
                    .configurationParameter(GradingExtension.STOP_AT_FIRST_FAILURE, String.valueOf(stopAtFirstFailure));
            for (String name : classNames) {
                request.selectors(selectClass(load(loader, name)));
            }
            LauncherDiscoveryRequest discovery = request.build();
            Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                    .enableTestExecutionListenerAutoRegistration(false).build());
            OutcomeCollector collector = new OutcomeCollector();
            launcher.execute(discovery, collector);
            return collector.outcomes();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static Class<?> load(ClassLoader loader, String name) throws IOException {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IOException("cannot load test class " + name + ": " + e, e);
        }
    }
}
