package org.socketslab.kit.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Sums up PIT's run over a chapter's reference solutions, per exercise: mutants, killed, survived,
 * recorded as equivalent, kill rate; lists every survivor. Run by the {@code mutation} profile after
 * PIT, in Maven's JVM. It fails the build when a mutant survives that the chapter's
 * {@value EquivalentMutants#FILE} does not list, or when an entry there matches no survivor any more.
 * Writes {@code mutation-report.md} and {@code survivors.tsv} (the survivors as entries of the
 * equivalents file, reason left blank) to the output folder.
 */
public final class MutationReport {
    private static final Comparator<Mutant> READING_ORDER = Comparator
            .comparing(Mutant::exercise, MutationReport::compareIds)
            .thenComparing(Mutant::className).thenComparingInt(Mutant::line);

    private MutationReport() {
    }

    /** Per exercise, what became of its mutants. */
    record Tally(String exercise, TreeSet<String> classes, List<Mutant> mutants, List<Mutant> survivors,
            List<Mutant> equivalent) {
        long killed() {
            return mutants.stream().filter(Mutant::detected).count();
        }

        long timedOut() {
            return mutants.stream().filter(m -> m.status().equals("TIMED_OUT")).count();
        }

        /** Killed among the mutants a test could kill: the equivalent ones are left out. */
        String killRate() {
            long killable = mutants.size() - equivalent.size();
            return killable == 0 ? "-" : String.format("%.1f %%", 100.0 * killed() / killable);
        }
    }

    /** {@code args[0]}: the chapter module; {@code args[1]}: PIT's mutations.xml; {@code args[2]}: where to write. */
    public static void main(String[] args) throws IOException {
        Path chapter = Path.of(args[0]);
        Path xml = Path.of(args[1]);
        Path output = Path.of(args[2]);
        String name = chapter.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.exists(xml)) {
            throw new IllegalStateException(name + ": PIT wrote no " + xml + "; did it run?");
        }
        List<Mutant> mutants = PitMutations.read(xml, chapter);
        List<Mutant> notDetected = mutants.stream().filter(m -> !m.detected()).collect(Collectors.toList());
        EquivalentMutants.Match match = EquivalentMutants.read(chapter).match(notDetected);
        match.unlisted().sort(READING_ORDER);

        Map<String, Tally> tallies = new LinkedHashMap<>();
        mutants.stream().sorted(READING_ORDER).forEach(m -> {
                    Tally t = tallies.computeIfAbsent(m.exercise(), id -> new Tally(id, new TreeSet<>(),
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                    t.classes().add(m.className().replaceAll("\\$.*", ""));
                    t.mutants().add(m);
                    if (!m.detected()) {
                        (match.equivalent().contains(m) ? t.equivalent() : t.survivors()).add(m);
                    }
                });

        Files.createDirectories(output);
        Path report = output.resolve("mutation-report.md");
        Files.writeString(report, markdown(name, tallies.values(), match.stale()), StandardCharsets.UTF_8);
        List<String> survivorLines = new ArrayList<>();
        survivorLines.add(EquivalentMutants.HEADER);
        match.unlisted().forEach(m -> survivorLines.add(m.key().tsv() + "\t"));
        Files.write(output.resolve("survivors.tsv"), survivorLines, StandardCharsets.UTF_8);

        System.out.println(console(name, tallies.values(), match, report));
        System.out.flush();
        if (!match.unlisted().isEmpty() || !match.stale().isEmpty()) {
            throw new IllegalStateException(name + ": " + match.unlisted().size() + " surviving mutant(s) not recorded"
                    + " as equivalent and " + match.stale().size() + " stale entr" + (match.stale().size() == 1 ? "y" : "ies")
                    + " in " + EquivalentMutants.FILE + " (listed above; all in " + report + "). Kill a survivor with a"
                    + " stronger graded test, or, if no correct test could tell it from the reference, record it there"
                    + " with a one-line reason (target/mutation/survivors.tsv has its line); delete stale entries.");
        }
    }

    private static String console(String name, Iterable<Tally> tallies, EquivalentMutants.Match match, Path report) {
        StringBuilder out = new StringBuilder("Mutation testing of " + name + "'s references (" + report + "):\n");
        for (Tally t : tallies) {
            out.append(String.format("  %-18s %-40s %3d mutants, %3d killed, %2d equivalent, %2d survived: kill rate %s%n",
                    t.exercise(), String.join(", ", t.classes()), t.mutants().size(), t.killed(), t.equivalent().size(),
                    t.survivors().size(), t.killRate()));
        }
        for (Mutant m : match.unlisted()) {
            out.append("  SURVIVED ").append(m.exercise()).append(' ').append(m.place()).append(": ")
                    .append(m.description()).append(" [").append(m.mutator()).append("] `").append(m.lineText())
                    .append("`\n");
        }
        for (EquivalentMutants.Entry e : match.stale()) {
            out.append("  STALE ").append(EquivalentMutants.FILE).append(':').append(e.lineNumber()).append(' ')
                    .append(e.key().exercise()).append(' ').append(e.key().className()).append('.')
                    .append(e.key().method()).append(": ").append(e.key().description())
                    .append(" (no surviving mutant matches it any more)\n");
        }
        return out.toString().stripTrailing();
    }

    private static String markdown(String name, Iterable<Tally> tallies, List<EquivalentMutants.Entry> stale) {
        StringBuilder md = new StringBuilder("# Mutation testing of " + name + "'s reference solutions\n\n");
        md.append("PIT mutated each reference and ran the exercise's graded tests against every mutant. Killed")
                .append(" includes timed out; survived includes mutants no test covered. Kill rate: killed / (mutants")
                .append(" − equivalent).\n\n");
        md.append("| Exercise | Classes | Mutants | Killed | Timed out | Survived | Equivalent | Kill rate |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Tally t : tallies) {
            md.append(String.format("| %s | %s | %d | %d | %d | %d | %d | %s |%n", t.exercise(),
                    String.join(", ", t.classes()), t.mutants().size(), t.killed(), t.timedOut(),
                    t.survivors().size(), t.equivalent().size(), t.killRate()));
        }
        for (Tally t : tallies) {
            if (t.survivors().isEmpty() && t.equivalent().isEmpty()) {
                continue;
            }
            md.append("\n## ").append(t.exercise()).append("\n\n");
            for (Mutant m : t.survivors()) {
                md.append(item("Survived", m));
            }
            for (Mutant m : t.equivalent()) {
                md.append(item("Equivalent", m));
            }
        }
        if (!stale.isEmpty()) {
            md.append("\n## Stale entries of ").append(EquivalentMutants.FILE).append("\n\n");
            for (EquivalentMutants.Entry e : stale) {
                md.append("- line ").append(e.lineNumber()).append(": ").append(e.key().className()).append('.')
                        .append(e.key().method()).append(", ").append(e.key().description()).append('\n');
            }
        }
        return md.toString();
    }

    private static String item(String what, Mutant m) {
        return "- " + what + " (" + m.status() + "): " + m.place() + ", " + m.mutator() + ": " + m.description()
                + " — `" + m.lineText() + "`\n";
    }

    /** {@code tcp-2} before {@code tcp-10}. */
    static int compareIds(String a, String b) {
        String[] x = a.split("-(?=\\d+$)");
        String[] y = b.split("-(?=\\d+$)");
        if (x.length == 2 && y.length == 2 && x[0].equals(y[0])) {
            return Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        }
        return a.compareTo(b);
    }
}
