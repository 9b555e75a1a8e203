package org.socketslab.kit.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.socketslab.kit.grading.Course;
import org.socketslab.kit.grading.GradescopeResults;
import org.socketslab.kit.grading.OutcomeFile;
import org.socketslab.kit.grading.Scoreboard;
import org.socketslab.kit.grading.TestOutcome;

/**
 * The end of a full build: one scoreboard over every chapter that ran, the next exercise to do,
 * and the course-wide Gradescope {@code results.json} that instructors collect.
 */
public final class CourseProgress {
    private CourseProgress() {
    }

    /** {@code args[0]}: the repository root. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<TestOutcome> outcomes = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String chapter : Course.CHAPTERS) {
            Path module = root.resolve("chapter-" + chapter);
            if (!Files.isDirectory(module)) {
                continue;
            }
            Path file = module.resolve("target/grading").resolve(OutcomeFile.NAME);
            if (Files.exists(file)) {
                outcomes.addAll(OutcomeFile.read(file));
            } else {
                missing.add("chapter-" + chapter);
            }
        }
        if (outcomes.isEmpty()) {
            System.out.println("No graded test has run yet: ./mvnw verify runs them all.");
            return;
        }
        Scoreboard board = Scoreboard.of(outcomes, Course.CHAPTERS);
        String text = board.render("Sockets Lab: your progress over all chapters");
        Path results = root.resolve("target/grading").resolve(GradescopeResults.NAME);
        GradescopeResults.write(results, board, text);
        System.out.println();
        System.out.print(text);
        if (!missing.isEmpty()) {
            System.out.println("  No results yet from " + String.join(", ", missing) + ".");
        }
        System.out.println("  Grades in Gradescope's format: " + root.relativize(results));
    }
}
