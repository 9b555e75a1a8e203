package org.socketslab.kit.loop;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.socketslab.kit.grading.ExerciseResult;
import org.socketslab.kit.grading.FailureReport;
import org.socketslab.kit.grading.GradingExtension;
import org.socketslab.kit.grading.Scoreboard;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/**
 * The compact verdict of one check: a line with the status and the tests that pass, then only
 * what to do now: the compiler's messages, or the first failure in the course's words (steps,
 * expected and got, where to read), or where to start; and a progress line over the course.
 */
final class VerdictText {
    private final Terminal terminal;
    private final LabCourse course;

    VerdictText(Terminal terminal, LabCourse course) {
        this.terminal = terminal;
        this.course = course;
    }

    String of(CheckResult check) {
        LabExercise e = check.exercise();
        String nl = System.lineSeparator();
        String name = e.id() + " " + e.title();
        if (!check.compiled()) {
            return terminal.red("DOES NOT COMPILE") + " " + name + nl + indent(check.compileErrors().strip()) + nl;
        }
        if (check.result().isEmpty()) {
            return terminal.red("NO GRADED TEST RAN") + " for " + name + ": is " + course.show(e.chapter().testClasses())
                    + " up to date? Start ./lab again to rebuild it." + nl;
        }
        ExerciseResult r = check.result().get();
        String tests = r.count(Status.PASSED) + "/" + r.tests().size() + " tests pass";
        String read = "  Read: " + GradingExtension.SITE + e.docs() + nl;
        switch (r.status()) {
            case PASSED:
                return terminal.green("PASSED") + " " + name + ": " + tests + nl;
            case SKIPPED:
                return terminal.yellow("SKIPPED") + " " + name + " on this machine: "
                        + r.tests().get(0).message() + nl;
            case FAILED:
                List<TestOutcome> failed = r.tests().stream().filter(t -> t.status() == Status.FAILED)
                        .collect(Collectors.toList());
                String more = failed.size() > 1 ? "  (" + (failed.size() - 1) + " more failing; fix this one first)" + nl : "";
                return terminal.red("FAILED") + " " + name + ": " + tests
                        + FailureReport.of(failed.subList(0, 1)) + more;
            default:
                String todo = r.status() == Status.NOT_STARTED ? "the starter still throws its TODO"
                        : tests + ", the others still throw their TODO";
                return terminal.yellow(r.status().label().toUpperCase(Locale.ROOT)) + " " + name + ": " + todo + nl
                        + "  Edit: " + course.starters(e) + nl + read;
        }
    }

    /** Exercises passed and points earned over the whole course, as far as the grade files know. */
    String progress(Scoreboard known) {
        List<LabExercise> all = course.exercises();
        long done = known.exercises().stream().filter(r -> LabCourse.done(r.status())).count();
        int points = all.stream().mapToInt(LabExercise::points).sum();
        return terminal.highlight("Progress: " + done + "/" + all.size() + " exercises passed, "
                + Scoreboard.points(known.score()) + "/" + points + " points") + System.lineSeparator();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line).collect(Collectors.joining(System.lineSeparator()));
    }
}
