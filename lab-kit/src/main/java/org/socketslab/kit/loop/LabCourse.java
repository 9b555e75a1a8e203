package org.socketslab.kit.loop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socketslab.kit.grading.Course;
import org.socketslab.kit.grading.ExerciseResult;
import org.socketslab.kit.grading.Scoreboard;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/** The course on disk as {@code ./lab} sees it: its chapters, their exercises in course order, and what runs recorded. */
final class LabCourse {
    private final Path root;
    private final List<LabChapter> chapters;

    private LabCourse(Path root, List<LabChapter> chapters) {
        this.root = root;
        this.chapters = chapters;
    }

    /** The chapters under {@code root} in the course's order ({@link Course#CHAPTERS}), those whose tests are compiled. */
    static LabCourse at(Path root) throws IOException {
        List<LabChapter> chapters = new ArrayList<>();
        for (String name : Course.CHAPTERS) {
            LabChapter chapter = LabChapter.at(name, root.resolve("chapter-" + name));
            if (chapter != null) {
                chapters.add(chapter);
            }
        }
        return new LabCourse(root, List.copyOf(chapters));
    }

    Path root() {
        return root;
    }

    /** Every exercise, in course order. */
    List<LabExercise> exercises() {
        return chapters.stream().flatMap(c -> c.exercises().stream()).collect(Collectors.toList());
    }

    /** The exercise with this id; an unknown id is an error that lists the valid ones. */
    LabExercise exercise(String id) {
        return exercises().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no exercise " + id + "; the exercises are: "
                        + exercises().stream().map(LabExercise::id).collect(Collectors.joining(", "))));
    }

    /** What every chapter's grade files say so far (the build's and {@code ./lab}'s runs alike). */
    Scoreboard known() throws IOException {
        List<TestOutcome> outcomes = new ArrayList<>();
        for (LabChapter chapter : chapters) {
            outcomes.addAll(chapter.grades().earlier());
        }
        return Scoreboard.of(outcomes, Course.CHAPTERS);
    }

    /** The first exercise after {@code after} (or from the start, when empty) that has not passed yet. */
    Optional<LabExercise> next(Optional<LabExercise> after) throws IOException {
        Map<String, Status> status = known().exercises().stream()
                .collect(Collectors.toMap(ExerciseResult::id, ExerciseResult::status));
        List<LabExercise> all = exercises();
        int from = after.map(e -> all.indexOf(e) + 1).orElse(0);
        return all.subList(from, all.size()).stream()
                .filter(e -> !done(status.getOrDefault(e.id(), Status.NOT_STARTED)))
                .findFirst();
    }

    static boolean done(Status status) {
        return status == Status.PASSED || status == Status.SKIPPED;
    }

    /** A path as the learner would type it from the repository root. */
    String show(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The starter files of {@code exercise}, as the learner would type them. */
    String starters(LabExercise exercise) {
        return exercise.starters().stream().map(this::show).collect(Collectors.joining(", "));
    }
}
