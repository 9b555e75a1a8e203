package org.socketslab.kit.grading;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An instructor's points per exercise, replacing {@link Exercise#points()}: a properties file of
 * lines such as {@code tcp-1 = 20}. Exercises it does not name keep their points.
 */
public final class PointsOverrides {
    public static final PointsOverrides NONE = new PointsOverrides(Map.of());

    private final Map<String, Integer> points;

    private PointsOverrides(Map<String, Integer> points) {
        this.points = Map.copyOf(points);
    }

    public static PointsOverrides load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, Integer> points = new TreeMap<>();
        for (String id : properties.stringPropertyNames()) {
            String value = properties.getProperty(id).strip();
            try {
                int n = Integer.parseInt(value);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                points.put(id.strip(), n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": points of " + id + " must be a whole number, 0 or more, not \""
                        + value + "\"");
            }
        }
        return new PointsOverrides(points);
    }

    /** Fails on an exercise id that no graded test has, which is surely a typo. */
    public void checkKnown(Collection<String> exerciseIds) {
        List<String> unknown = points.keySet().stream().filter(id -> !exerciseIds.contains(id)).sorted()
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("points given for unknown exercises " + unknown + "; the exercises are "
                    + exerciseIds.stream().sorted(ExerciseResult::compareIds).collect(Collectors.toList()));
        }
    }

    public TestOutcome apply(TestOutcome outcome) {
        Integer override = points.get(outcome.exerciseId());
        return override == null ? outcome : new TestOutcome(outcome.exerciseId(), outcome.exercise(), override,
                outcome.docs(), outcome.test(), outcome.status(), outcome.message());
    }

    public List<TestOutcome> apply(List<TestOutcome> outcomes) {
        return outcomes.stream().map(this::apply).collect(Collectors.toList());
    }
}
