package org.socketslab.kit.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A run of chosen exercises ({@code -Dgroups=tcp-2}): its scoreboard speaks of those exercises
 * only, and still names what to do next, from what earlier runs recorded for the others.
 */
public final class SelectedRun {
    private static final Pattern EXERCISE_ID = Pattern.compile("[a-z0-9]+-\\d+");

    private final Set<String> selected;

    private SelectedRun(Set<String> selected) {
        this.selected = selected;
    }

    /** The exercises a Surefire/JUnit tag expression names ({@code tcp-2}, {@code tcp-2 | tcp-3}); empty when it names none. */
    public static Optional<SelectedRun> of(String groups) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = EXERCISE_ID.matcher(groups == null ? "" : groups);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(new SelectedRun(Set.copyOf(ids)));
    }

    public boolean includes(String exerciseId) {
        return selected.contains(exerciseId);
    }

    /** What earlier runs recorded, with this run's outcomes in place of the selected exercises'. */
    List<TestOutcome> merge(List<TestOutcome> earlier, List<TestOutcome> now) {
        List<TestOutcome> merged = new ArrayList<>();
        earlier.stream().filter(o -> !includes(o.exerciseId())).forEach(merged::add);
        merged.addAll(now);
        return merged;
    }

    /**
     * The closing lines: keep going on the first selected exercise that does not pass yet, or,
     * when all pass, the first exercise after them (in {@code chapter}'s order) that has not
     * passed in any run so far.
     */
    String footer(Scoreboard thisRun, Scoreboard known, List<ChapterExercises.Entry> chapter) {
        String nl = System.lineSeparator();
        Optional<ExerciseResult> unfinished = thisRun.next();
        if (unfinished.isPresent()) {
            ExerciseResult e = unfinished.get();
            String what = e.status() == Status.NOT_STARTED ? "  Not started yet: " : "  Keep going: ";
            return what + e.id() + " " + e.title() + ", read " + GradingExtension.SITE + e.docs() + nl
                    + "  (this run checked " + ids() + " only; ./mvnw verify shows every exercise)" + nl;
        }
        Map<String, Status> knownStatus = known.exercises().stream()
                .collect(Collectors.toMap(ExerciseResult::id, ExerciseResult::status));
        String lastSelected = chapter.stream().map(ChapterExercises.Entry::id).filter(this::includes)
                .reduce((a, b) -> b).orElse("");
        boolean after = lastSelected.isEmpty();
        for (ChapterExercises.Entry e : chapter) {
            if (after && knownStatus.getOrDefault(e.id(), Status.NOT_STARTED) != Status.PASSED) {
                return "  " + ids() + (selected.size() == 1 ? " passes" : " pass") + ". Next: " + e.id() + " " + e.title()
                        + ", read " + GradingExtension.SITE + e.docs() + nl
                        + "        run it alone: " + Scoreboard.runAlone(e.id()) + nl;
            }
            after |= e.id().equals(lastSelected);
        }
        return "  " + ids() + (selected.size() == 1 ? " passes" : " pass")
                + ". Next: the next chapter; ./mvnw verify shows where you stand in the whole course." + nl;
    }

    private String ids() {
        return selected.stream().sorted(ExerciseResult::compareIds).collect(Collectors.joining(", "));
    }
}
