package org.socketslab.kit.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/**
 * What the integrity check found, per exercise: the reference's result and each mistake with the
 * failure message a learner who made it would see. Rendered for the console and, per exercise, as
 * an AsciiDoc fragment that the docs' "Common mistakes" include, so they cannot drift from the tests.
 */
public final class IntegrityReport {
    /** The report's file name in the output folder. */
    public static final String FILE = "report.txt";

    private final String chapter;
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final Map<String, StringBuilder> docs = new LinkedHashMap<>();
    private final Map<String, String> contracts = new LinkedHashMap<>();
    private final Map<String, List<String>> testNames = new LinkedHashMap<>();
    private final List<String> holes = new ArrayList<>();
    private final Map<String, List<MistakeVerdict>> verdicts = new LinkedHashMap<>();
    private int startersChecked = -1;
    private String startersSkipped = "";
    private boolean skippedAny;
    private int references;
    private int mistakesCaught;
    private int mistakesNotChecked;

    public IntegrityReport(String chapter) {
        this.chapter = chapter;
    }

    public synchronized void reference(String exerciseId, List<TestOutcome> outcomes) {
        long passed = outcomes.stream().filter(o -> o.status() == Status.PASSED).count();
        testNames.put(exerciseId, outcomes.stream().map(TestOutcome::test).collect(Collectors.toList()));
        references++;
        String title = outcomes.isEmpty() ? "" : outcomes.get(0).exercise();
        lines(exerciseId).add(0, exerciseId + "  " + title);
        lines(exerciseId).add("    reference solution: passed " + passed + "/" + outcomes.size() + " graded tests"
                + skippedNote(outcomes));
        for (TestOutcome o : outcomes) {
            if (o.status() != Status.PASSED && o.status() != Status.SKIPPED) {
                hole(exerciseId + ": the reference solution does not pass \"" + o.test() + "\" (" + o.status().label()
                        + "): " + firstLine(o.message()));
            }
        }
        if (outcomes.isEmpty()) {
            hole(exerciseId + ": no graded test ran against the reference solution");
        }
    }

    public synchronized void mistake(Mistake mistake, Optional<String> explanation, List<String> breaks,
            List<TestOutcome> outcomes) {
        Optional<TestOutcome> caught = IntegrityCheck.caughtBy(outcomes);
        boolean notCheckable = caught.isEmpty() && outcomes.stream().anyMatch(o -> o.status() == Status.SKIPPED);
        verdicts.computeIfAbsent(mistake.exerciseId(), id -> new ArrayList<>()).add(new MistakeVerdict(mistake.name(),
                breaks, caught.map(TestOutcome::test).orElse(notCheckable ? MistakeVerdict.NOT_CHECKED : null)));
        if (breaks.isEmpty()) {
            hole(mistake + ": its sources have no \"" + Mistake.BREAKS + " …\" line quoting the contract item it breaks");
        }
        if (caught.isPresent()) {
            mistakesCaught++;
            lines(mistake.exerciseId()).add("    mistake " + mistake.name() + ": caught by \"" + caught.get().test()
                    + "\": " + summary(caught.get().message()));
            docs.computeIfAbsent(mistake.exerciseId(), id -> new StringBuilder())
                    .append("`").append(mistake.name()).append("`:: ")
                    .append(explanation.orElse("(no explanation)")).append("\n+\n")
                    .append("The graded test _").append(caught.get().test()).append("_ reports:\n+\n")
                    .append("....\n").append(caught.get().message().strip()).append("\n....\n\n");
        } else if (notCheckable) {
            // Not a hole, not a pass: the tests that would catch it cannot run on this machine.
            mistakesNotChecked++;
            lines(mistake.exerciseId()).add("    mistake " + mistake.name() + ": not checked here" + skippedNote(outcomes));
            docs.computeIfAbsent(mistake.exerciseId(), id -> new StringBuilder())
                    .append("`").append(mistake.name()).append("`:: ")
                    .append(explanation.orElse("(no explanation)")).append("\n+\n")
                    .append("Not checked when these pages were built: the graded tests that catch it could not run on")
                    .append(" that machine (").append(outcomes.stream().filter(o -> o.status() == Status.SKIPPED)
                            .map(TestOutcome::message).distinct().collect(Collectors.joining("; "))).append(").\n\n");
        } else {
            lines(mistake.exerciseId()).add("    mistake " + mistake.name() + ": NOT CAUGHT");
            hole(mistake + ": no graded test of " + mistake.exerciseId() + " fails against this mistake"
                    + (outcomes.stream().anyMatch(o -> o.status() == Status.NOT_STARTED)
                    ? " (\"not started\" does not count as caught)" : ""));
        }
        if (explanation.isEmpty()) {
            hole(mistake + ": its sources have no \"" + Mistake.COMMENT + " …\" line saying what is wrong");
        }
    }

    /**
     * Maps an exercise's contract items to the caught classic mistakes that break them, once all its
     * mistakes have run: an item no caught mistake breaks is a hole, unless it says why it is not graded.
     */
    public synchronized void contract(String exerciseId, List<ContractItem> items) {
        ContractMap map = new ContractMap(items);
        for (MistakeVerdict verdict : verdicts.getOrDefault(exerciseId, List.of())) {
            for (String fragment : verdict.breaks()) {
                List<ContractItem> quoted = map.itemsQuoting(fragment);
                if (quoted.size() == 1) {
                    map.add(quoted.get(0), verdict);
                } else {
                    hole(exerciseId + "/" + verdict.mistake() + ": \"" + Mistake.BREAKS + " " + fragment + "\" quotes "
                            + (quoted.isEmpty() ? "no contract item" : quoted.size() + " contract items (quote more of one)")
                            + " of " + exerciseId);
                }
            }
        }
        if (items.isEmpty()) {
            hole(exerciseId + ": its starter states no contract item (an <li> of its Javadoc)");
        }
        for (ContractItem item : map.unbroken()) {
            hole(exerciseId + ": the contract item \"" + item.text() + "\" (" + item.starter() + ") is broken by no"
                    + " caught classic mistake: write one, or say in the item \"(Not graded: <why>.)\"");
        }
        lines(exerciseId).add("    contract: " + items.size() + " items, " + map.covered() + " broken by caught mistakes"
                + (map.notGraded() == 0 ? "" : ", " + map.notGraded() + " not graded"));
        contracts.put(exerciseId, map.render());
    }

    public synchronized void untouchedStarters(List<TestOutcome> outcomes) {
        for (TestOutcome o : outcomes) {
            if (o.status() != Status.NOT_STARTED && o.status() != Status.SKIPPED) {
                hole(o.exerciseId() + ": against the untouched starter, \"" + o.test() + "\" reports "
                        + o.status().label() + " instead of not started" + (o.message().isBlank() ? "" : ": "
                        + firstLine(o.message())));
            }
        }
        startersChecked = outcomes.size();
        startersSkipped = skippedNote(outcomes);
    }

    public synchronized void hole(String description) {
        holes.add(description);
    }

    public synchronized List<String> holes() {
        return List.copyOf(holes);
    }

    /** One line for a learner's build: what was checked, and whether anything is wrong. */
    public synchronized String summary() {
        return "Integrity of " + chapter + ": " + references + " reference solutions pass, " + mistakesCaught
                + " classic mistakes caught" + (mistakesNotChecked == 0 ? "" : ", " + mistakesNotChecked + " not checkable here")
                + (holes.isEmpty() ? ", no hole" : ", " + holes.size() + " HOLES");
    }

    public synchronized String render() {
        StringBuilder out = new StringBuilder("Integrity report of " + chapter + System.lineSeparator());
        lines.values().forEach(block -> block.forEach(line -> out.append("  ").append(line).append(System.lineSeparator())));
        if (startersChecked >= 0) {
            out.append("  untouched starters: ").append(startersChecked).append(" graded tests run against them")
                    .append(startersSkipped)
                    .append(System.lineSeparator());
        }
        if (holes.isEmpty()) {
            out.append(skippedAny
                    ? "  No holes among the tests that ran; the skipped ones could not run on this machine (see above)."
                    : "  No holes: every reference passes and every classic mistake is caught.");
        } else {
            out.append("  HOLES (").append(holes.size()).append("):");
            holes.forEach(h -> out.append(System.lineSeparator()).append("    - ").append(h));
        }
        return out.append(System.lineSeparator()).toString();
    }

    /**
     * Writes the report and, per exercise, the {@code <exercise>-mistakes.adoc} and
     * {@code <exercise>-contract.adoc} fragments the docs include and {@code <exercise>-tests.txt},
     * the graded tests' names, which the docs' requirement lists are checked against.
     */
    public synchronized void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(FILE), render(), StandardCharsets.UTF_8);
        for (Map.Entry<String, List<String>> entry : testNames.entrySet()) {
            Files.write(dir.resolve(entry.getKey() + "-tests.txt"), entry.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, StringBuilder> entry : docs.entrySet()) {
            Files.writeString(dir.resolve(entry.getKey() + "-mistakes.adoc"), entry.getValue().toString(),
                    StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> entry : contracts.entrySet()) {
            Files.writeString(dir.resolve(entry.getKey() + "-contract.adoc"), entry.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** ", 3 skipped (no IPv6 loopback on this machine)", or nothing when every test ran. */
    private String skippedNote(List<TestOutcome> outcomes) {
        List<String> reasons = outcomes.stream().filter(o -> o.status() == Status.SKIPPED)
                .map(TestOutcome::message).distinct().collect(Collectors.toList());
        long skipped = outcomes.stream().filter(o -> o.status() == Status.SKIPPED).count();
        skippedAny |= skipped > 0;
        return skipped == 0 ? "" : ", " + skipped + " skipped (" + String.join("; ", reasons) + ")";
    }

    private List<String> lines(String exerciseId) {
        return lines.computeIfAbsent(exerciseId, id -> new ArrayList<>());
    }

    /** The message up to the steps and the docs link, on one line. */
    private static String summary(String message) {
        String head = message.strip();
        int steps = head.indexOf("\n\n");
        return (steps < 0 ? head : head.substring(0, steps)).replaceAll("\\s*\n\\s*", " ");
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }
}
