package org.socketslab.kit.loop;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.socketslab.kit.grading.ExerciseResult;
import org.socketslab.kit.grading.GradingExtension;
import org.socketslab.kit.grading.Scoreboard;

/**
 * {@code ./lab list}: the course scoreboard that {@code ./mvnw verify} ends with, from the same
 * grade files, then the exercises no run has checked yet and the one to do next.
 */
final class CourseList {
    private final LabCourse course;
    private final Terminal terminal;

    CourseList(LabCourse course, Terminal terminal) {
        this.course = course;
        this.terminal = terminal;
    }

    String render() throws IOException {
        String nl = System.lineSeparator();
        Scoreboard known = course.known();
        StringBuilder out = new StringBuilder();
        if (!known.exercises().isEmpty()) {
            out.append(known.table("Sockets Lab: your progress over all chapters"));
        }
        Set<String> checked = known.exercises().stream().map(ExerciseResult::id).collect(Collectors.toSet());
        List<String> unchecked = course.exercises().stream().map(LabExercise::id).filter(id -> !checked.contains(id))
                .collect(Collectors.toList());
        if (!unchecked.isEmpty()) {
            out.append("  Not checked yet: ").append(String.join(", ", unchecked)).append(nl);
        }
        Optional<LabExercise> next = course.next(Optional.empty());
        out.append(next.map(e -> "  Next: " + e.id() + " " + e.title() + ", read " + GradingExtension.SITE + e.docs()
                        + nl + "        check it: ./lab check " + e.id())
                .orElse("  Every exercise passes. Well done!")).append(nl);
        out.append(new VerdictText(terminal, course).progress(known));
        return out.toString();
    }
}
