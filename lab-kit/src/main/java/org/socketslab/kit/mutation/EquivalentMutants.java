package org.socketslab.kit.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A chapter's {@code src/mutation/equivalent-mutants.tsv}: the surviving mutants of its references
 * that no correct test could tell apart from the reference, each with a one-line reason. Lines are
 * tab-separated: exercise, class, method, mutator, description, source line text (the fields of
 * {@link Mutant.Key}), reason. Blank lines and lines starting with {@code #} are comments.
 */
final class EquivalentMutants {
    static final String FILE = "src/mutation/equivalent-mutants.tsv";
    static final String HEADER = "# exercise\tclass\tmethod\tmutator\tdescription\tsource line\treason";

    record Entry(Mutant.Key key, String reason, int lineNumber) {
    }

    /**
     * What matching the file against a run found: survivors it does not list, entries that match
     * no surviving mutant (stale), the survivors it accounts for, and entries whose mutant a test
     * ended by timing out this time (an equivalent mutant can only be "killed" so on a loaded
     * machine; not stale).
     */
    record Match(List<Mutant> unlisted, List<Entry> stale, List<Mutant> equivalent, List<Entry> timedOut) {
    }

    private final List<Entry> entries;

    private EquivalentMutants(List<Entry> entries) {
        this.entries = entries;
    }

    static EquivalentMutants read(Path chapter) throws IOException {
        Path file = chapter.resolve(FILE);
        List<Entry> entries = new ArrayList<>();
        if (!Files.exists(file)) {
            return new EquivalentMutants(entries);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7 || f[6].isBlank()) {
                throw new IOException(file + ":" + (i + 1) + ": expected 7 tab-separated fields, the last"
                        + " a one-line reason (" + HEADER.substring(2).replace('\t', ',') + "): " + line);
            }
            entries.add(new Entry(new Mutant.Key(f[0], f[1], f[2], f[3], f[4], f[5]), f[6].strip(), i + 1));
        }
        return new EquivalentMutants(entries);
    }

    /**
     * Each entry accounts for one survivor with its key. An entry left over is stale, unless its
     * mutant timed out, or its exercise had no mutant in this run (a run limited to one class).
     */
    Match match(Collection<Mutant> mutants) {
        List<Entry> unused = new ArrayList<>(entries);
        List<Mutant> unlisted = new ArrayList<>();
        List<Mutant> equivalent = new ArrayList<>();
        for (Mutant survivor : mutants) {
            if (survivor.detected()) {
                continue;
            }
            Entry entry = take(unused, survivor);
            if (entry == null) {
                unlisted.add(survivor);
            } else {
                equivalent.add(survivor);
            }
        }
        List<Entry> timedOut = new ArrayList<>();
        for (Mutant m : mutants) {
            if (m.status().equals("TIMED_OUT")) {
                Entry entry = take(unused, m);
                if (entry != null) {
                    timedOut.add(entry);
                }
            }
        }
        Set<String> run = mutants.stream().map(Mutant::exercise).collect(Collectors.toSet());
        unused.removeIf(e -> !run.contains(e.key().exercise()));
        return new Match(unlisted, unused, equivalent, timedOut);
    }

    private static Entry take(List<Entry> unused, Mutant mutant) {
        for (Iterator<Entry> it = unused.iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.key().equals(mutant.key())) {
                it.remove();
                return entry;
            }
        }
        return null;
    }
}
