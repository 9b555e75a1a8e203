package org.socketslab.kit.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The exit status of a run of chosen exercises ({@code -Dgroups=tcp-2}): 1 when one of them does
 * not pass yet, so that scripts and {@code &&} chains can tell. Run by Maven after the graded tests
 * of such a run, in Maven's own JVM; it ends that JVM with status 1 instead of throwing, because
 * the scoreboard has already said everything and a Maven build failure would say it all again.
 */
public final class GradingVerdict {
    private GradingVerdict() {
    }

    /** {@code args[0]}: the module's {@code target} folder; {@code args[1]}: the tag expression. */
    public static void main(String[] args) throws IOException {
        Optional<SelectedRun> selection = SelectedRun.of(args.length > 1 ? args[1] : "");
        Path file = Path.of(args[0], "grading", OutcomeFile.NAME);
        if (selection.isEmpty() || !Files.exists(file)) {
            return; // not a run of chosen exercises, or no graded test in this module
        }
        List<TestOutcome> selected = OutcomeFile.read(file).stream()
                .filter(o -> selection.get().includes(o.exerciseId())).collect(Collectors.toList());
        if (selected.isEmpty()) {
            return; // the chosen exercises belong to another module of the build
        }
        boolean passes = Scoreboard.of(selected, Course.CHAPTERS).exercises().stream()
                .allMatch(e -> e.status() == Status.PASSED || e.status() == Status.SKIPPED);
        if (!passes) {
            System.out.flush();
            Runtime.getRuntime().exit(1);
        }
    }
}
