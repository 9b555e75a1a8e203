package org.socketslab.kit.grading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The exercises of one chapter (or of the whole course) with their results, in course order. */
public final class Scoreboard {
    private final List<ExerciseResult> exercises;

    private Scoreboard(List<ExerciseResult> exercises) {
        this.exercises = exercises;
    }

    /** Groups outcomes by exercise; {@code chapterOrder} lists chapter prefixes ("tcp", "udp") in course order. */
    public static Scoreboard of(Collection<TestOutcome> outcomes, List<String> chapterOrder) {
        Map<String, List<TestOutcome>> byExercise = new LinkedHashMap<>();
        for (TestOutcome outcome : outcomes) {
            byExercise.computeIfAbsent(outcome.exerciseId(), id -> new ArrayList<>()).add(outcome);
        }
        List<ExerciseResult> results = new ArrayList<>();
        byExercise.forEach((id, tests) -> {
            TestOutcome first = tests.get(0);
            results.add(new ExerciseResult(id, first.exercise(), first.points(), first.docs(), List.copyOf(tests)));
        });
        results.sort((a, b) -> {
            int byChapter = Integer.compare(rank(a.id(), chapterOrder), rank(b.id(), chapterOrder));
            return byChapter != 0 ? byChapter : ExerciseResult.compareIds(a.id(), b.id());
        });
        return new Scoreboard(List.copyOf(results));
    }

    private static int rank(String exerciseId, List<String> chapterOrder) {
        String chapter = exerciseId.substring(0, Math.max(exerciseId.lastIndexOf('-'), 0));
        int index = chapterOrder.indexOf(chapter);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    public List<ExerciseResult> exercises() {
        return exercises;
    }

    public double score() {
        return exercises.stream().mapToDouble(ExerciseResult::score).sum();
    }

    public double maxScore() {
        return exercises.stream().mapToDouble(ExerciseResult::maxPoints).sum();
    }

    /** The first exercise, in course order, that is not passed yet (and can run on this machine). */
    public Optional<ExerciseResult> next() {
        return exercises.stream().filter(e -> e.status() != Status.PASSED && e.status() != Status.SKIPPED).findFirst();
    }

    /** The scoreboard as a console table, closed by what to do next. */
    public String render(String heading) {
        return table(heading) + footer();
    }

    /** The table alone: a row per exercise, the total, and the tests this machine skipped. */
    public String table(String heading) {
        int idWidth = Math.max(10, exercises.stream().mapToInt(e -> e.id().length()).max().orElse(0));
        int titleWidth = Math.max(5, exercises.stream().mapToInt(e -> e.title().length()).max().orElse(0));
        String row = "  %-" + idWidth + "s %-" + titleWidth + "s  %-11s  %5s  %9s%n";
        StringBuilder out = new StringBuilder();
        out.append(heading).append(System.lineSeparator());
        out.append(String.format(Locale.ROOT, row, "exercise", "title", "status", "tests", "points"));
        for (ExerciseResult e : exercises) {
            out.append(String.format(Locale.ROOT, row, e.id(), e.title(), e.status().label(),
                    e.count(Status.PASSED) + "/" + e.tests().size(), points(e.score()) + "/" + points(e.maxPoints())));
        }
        out.append(String.format(Locale.ROOT, row, "total", "", "", "", points(score()) + "/" + points(maxScore())));
        exercises.stream().flatMap(e -> e.tests().stream()).filter(t -> t.status() == Status.SKIPPED)
                .map(t -> t.exerciseId() + ": " + t.message()).distinct()
                .forEach(skip -> out.append("  Skipped on this machine, no points either way: ").append(skip)
                        .append(System.lineSeparator()));
        return out.toString();
    }

    /** The next exercise to do, or that every exercise passes. */
    private String footer() {
        boolean skipped = exercises.stream().anyMatch(e -> e.count(Status.SKIPPED) > 0);
        StringBuilder out = new StringBuilder();
        out.append(next().map(e -> "  Next: " + e.id() + " " + e.title() + ", read " + GradingExtension.SITE + e.docs()
                        + System.lineSeparator() + "        run it alone: " + runAlone(e.id()))
                .orElse(skipped ? "  Every exercise passes, as far as this machine could check (see the skipped tests above)."
                        : "  Every exercise passes. Well done!"));
        out.append(System.lineSeparator());
        return out.toString();
    }

    /** The command that runs one exercise's graded tests, as the README gives it. */
    public static String runAlone(String exerciseId) {
        String chapter = exerciseId.substring(0, exerciseId.lastIndexOf('-'));
        return "./mvnw -q -pl chapter-" + chapter + " -am test -Dgroups=" + exerciseId;
    }

    public static String points(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.format(Locale.ROOT, "%.1f", score);
    }
}
