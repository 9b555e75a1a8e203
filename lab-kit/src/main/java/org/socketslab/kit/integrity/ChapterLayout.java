package org.socketslab.kit.integrity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a chapter module keeps the four kinds of code, and the classpath its graded tests need.
 *
 * @param chapter      the module's directory
 * @param mainClasses  compiled examples and starters
 * @param testClasses  compiled tests, the graded ones among them
 * @param output       scratch and report directory under {@code target/}
 * @param classpath    libraries the tests use (JUnit, AssertJ, lab-kit, …)
 */
public record ChapterLayout(Path chapter, Path mainClasses, Path testClasses, Path output, List<Path> classpath) {
    static final String CHAPTER = "integrity.chapter";
    static final String MAIN_CLASSES = "integrity.mainClasses";
    static final String TEST_CLASSES = "integrity.testClasses";
    static final String OUTPUT = "integrity.output";

    public Path solutionSources() {
        return chapter.resolve("src/solution/java");
    }

    public Path mistakeSources() {
        return chapter.resolve("src/mistakes");
    }

    public Path starterSources() {
        return chapter.resolve("src/main/java");
    }

    /** The exercise starters: every {@code .java} file in an {@code exercise} package of the main sources. */
    public List<Path> starters() throws IOException {
        if (!Files.isDirectory(starterSources())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(starterSources())) {
            return walk.filter(p -> p.toString().endsWith(".java") && p.getParent().endsWith("exercise"))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** The layout the build passes in through system properties (see the parent POM). */
    public static ChapterLayout fromSystemProperties() {
        Path chapter = Path.of(required(CHAPTER));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry));
            }
        }
        return new ChapterLayout(chapter, Path.of(required(MAIN_CLASSES)), Path.of(required(TEST_CLASSES)),
                Path.of(required(OUTPUT)), entries);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set: run the integrity check"
                    + " through the build (./mvnw verify), which sets it");
        }
        return value;
    }
}
