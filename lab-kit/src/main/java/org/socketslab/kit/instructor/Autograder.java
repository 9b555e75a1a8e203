package org.socketslab.kit.instructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socketslab.kit.grading.Course;
import org.socketslab.kit.grading.GradescopeResults;
import org.socketslab.kit.grading.OutcomeFile;
import org.socketslab.kit.grading.PointsOverrides;
import org.socketslab.kit.grading.Scoreboard;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/**
 * Gradescope's {@code run_autograder}: copies the learner's starters into a clean copy of the
 * course, runs the same graded tests as {@code ./mvnw verify}, and always writes
 * {@code results/results.json}: a submission that does not compile, hangs or crashes the build
 * still gets its score (0 for the chapters it broke) and the reason.
 *
 * <p>Folders under the autograder root (Gradescope's {@code /autograder}, or any folder, for
 * tests): {@code source/} (the unzipped autograder, its {@code course/} built by setup.sh),
 * {@code submission/}, {@code results/}, and {@code work/}, the scratch copy.
 */
public final class Autograder {
    private final Path root;
    private final AutograderSettings settings;
    private final PointsOverrides points;

    Autograder(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.settings = AutograderSettings.read(source().resolve(AutograderSettings.FILE));
        Path pointsFile = source().resolve(AutograderZip.POINTS_FILE);
        this.points = Files.exists(pointsFile) ? PointsOverrides.load(pointsFile) : PointsOverrides.NONE;
    }

    /** {@code args[0]}, optional: the autograder root; else {@code $AUTOGRADER_ROOT}; else {@code /autograder}. */
    public static void main(String[] args) {
        String env = System.getenv("AUTOGRADER_ROOT");
        Path root = Path.of(args.length > 0 ? args[0] : env != null && !env.isBlank() ? env : "/autograder");
        Path results = root.resolve("results").resolve(GradescopeResults.NAME);
        try {
            new Autograder(root).grade();
        } catch (Exception | Error e) {
            // Never leave a learner without results: say that grading itself broke, with 0 points.
            System.err.println("autograder: " + e);
            writeBrokenResults(results, e.toString());
            System.exit(1);
        }
    }

    static void writeBrokenResults(Path results, String reason) {
        String message = "The autograder could not grade this submission (" + reason + "). Please tell your instructor.";
        try {
            Files.createDirectories(results.getParent());
            Files.writeString(results, "{\"score\": 0, \"output\": " + GradescopeResults.string(message)
                    + ", \"tests\": []}\n", StandardCharsets.UTF_8);
        } catch (IOException io) {
            System.err.println("cannot write " + results + ": " + io);
        }
    }

    private Path source() {
        return root.resolve("source");
    }

    void grade() throws IOException, InterruptedException {
        Path course = root.resolve("work/course");
        copyCourse(source().resolve("course"), course);
        CourseTree tree = new CourseTree(course);
        List<Path> starters = new ArrayList<>();
        for (String chapter : settings.chapters()) {
            if (!tree.chapters().contains(chapter)) {
                throw new IllegalStateException("autograder.properties names " + chapter + ", which the course does not have: "
                        + tree.chapters());
            }
            starters.addAll(tree.starters(chapter));
        }
        SubmissionStarters.Found found = SubmissionStarters.in(root.resolve("submission"), starters);
        for (Map.Entry<Path, Path> file : found.files().entrySet()) {
            Files.copy(file.getValue(), course.resolve(file.getKey().toString()), StandardCopyOption.REPLACE_EXISTING);
        }
        BoundedBuild.Result build = BoundedBuild.run(gradingCommand(course, settings.chapters()), course,
                Duration.ofMinutes(settings.timeLimit()), settings.outputLimit() * 10);
        List<TestOutcome> outcomes = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String chapter : settings.chapters()) {
            Path graded = course.resolve(chapter).resolve("target/grading").resolve(OutcomeFile.NAME);
            if (Files.exists(graded)) {
                outcomes.addAll(OutcomeFile.read(graded));
            } else {
                broken.add(chapter);
                outcomes.addAll(failedAll(chapter, build));
            }
        }
        points.checkKnown(outcomes.stream().map(TestOutcome::exerciseId).collect(Collectors.toSet()));
        Scoreboard board = Scoreboard.of(points.apply(outcomes), Course.CHAPTERS);
        String text = report(board, found, broken, build);
        GradescopeResults.write(root.resolve("results").resolve(GradescopeResults.NAME), board, text,
                settings.visibility(), settings.outputLimit());
        System.out.print(text);
    }

    /** The graded tests of the chosen chapters, offline (setup.sh fetched everything), examples' tests left out. */
    static List<String> gradingCommand(Path course, List<String> chapters) {
        return List.of("sh", course.resolve("mvnw").toString(), "-o", "-B", "-fae", "-pl", String.join(",", chapters),
                "-am", "test", "-Dtest=none", "-Dsurefire.failIfNoSpecifiedTests=false");
    }

    /**
     * Every graded test of a chapter whose grading did not run, failed with the reason; the
     * tests are those setup.sh recorded against the untouched starters.
     */
    private List<TestOutcome> failedAll(String chapter, BoundedBuild.Result build) throws IOException {
        Path baseline = source().resolve("course").resolve(chapter).resolve("target/grading").resolve(OutcomeFile.NAME);
        if (!Files.exists(baseline)) {
            throw new IllegalStateException(baseline + " is missing: setup.sh did not finish its first build");
        }
        String reason = build.timedOut()
                ? "Grading stopped after " + settings.timeLimit() + " minutes: does your code wait forever somewhere?"
                : compilerErrors(chapter, build.output()).isEmpty()
                ? "The build stopped before this chapter's graded tests ran; see the output above the tests."
                : "Your code does not compile, so no graded test of " + chapter + " could run:\n"
                + String.join("\n", compilerErrors(chapter, build.output()));
        return OutcomeFile.read(baseline).stream().map(o -> new TestOutcome(o.exerciseId(), o.exercise(), o.points(),
                o.docs(), o.test(), Status.FAILED, reason)).collect(Collectors.toList());
    }

    /** The compiler's messages about a chapter's files, paths shortened to the course. */
    static List<String> compilerErrors(String chapter, String buildOutput) {
        return buildOutput.lines().filter(l -> l.startsWith("[ERROR]") && l.contains("/" + chapter + "/"))
                .filter(l -> l.contains(".java:"))
                .map(l -> l.replaceFirst("^\\[ERROR] \\S*/(" + chapter + "/)", "$1"))
                .distinct().collect(Collectors.toList());
    }

    private String report(Scoreboard board, SubmissionStarters.Found found, List<String> broken, BoundedBuild.Result build) {
        StringBuilder text = new StringBuilder(board.render("Sockets Lab autograder"));
        Set<String> used = new TreeSet<>();
        found.files().keySet().forEach(p -> used.add(p.getFileName().toString()));
        text.append("\nFiles graded from your submission: ").append(used.isEmpty() ? "none (every exercise is the untouched starter)"
                : String.join(", ", used)).append('\n');
        found.notes().forEach(n -> text.append("  ").append(n).append('\n'));
        if (!broken.isEmpty()) {
            text.append("\nNot graded: ").append(String.join(", ", broken)).append(build.timedOut()
                    ? " (time limit reached)" : " (see each test's message)").append('\n');
            if (!build.timedOut() && broken.stream().allMatch(c -> compilerErrors(c, build.output()).isEmpty())) {
                text.append("The build said:\n").append(GradescopeResults.cut(build.output(), settings.outputLimit()));
            }
        }
        return text.toString();
    }

    /** A fresh copy of the built course, without any chapter's earlier results. */
    private static void copyCourse(Path from, Path to) throws IOException {
        AutograderZip.deleteTree(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path relative = from.relativize(p);
                if (relative.getNameCount() > 1 && relative.getName(0).toString().startsWith("chapter-")
                        && relative.getName(1).toString().equals("target")) {
                    continue;
                }
                Path copy = to.resolve(relative.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
