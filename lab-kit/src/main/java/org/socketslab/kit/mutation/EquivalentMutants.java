package org.socketslab.kit.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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

    /** What matching the survivors against the file found. */
    record Match(List<Mutant> unlisted, List<Entry> stale, List<Mutant> equivalent) {
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

    /** Each entry accounts for one survivor with its key; an entry left over is stale. */
    Match match(Collection<Mutant> survivors) {
        List<Entry> unused = new ArrayList<>(entries);
        List<Mutant> unlisted = new ArrayList<>();
        List<Mutant> equivalent = new ArrayList<>();
        for (Mutant survivor : survivors) {
            Entry entry = unused.stream().filter(e -> e.key().equals(survivor.key())).findFirst().orElse(null);
            if (entry == null) {
                unlisted.add(survivor);
            } else {
                unused.remove(entry);
                equivalent.add(survivor);
            }
        }
        return new Match(unlisted, unused, equivalent);
    }
}
