package org.socketslab.kit.instructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few lines a learner edition changes, each found exactly or the export stops: a silent
 * miss would leave an edition whose build fails, or whose docs show what they should not.
 */
final class EditionRewrites {
    static final String CHAPTER_ACTIVATION = "<exists>${basedir}/" + CourseTree.SOLUTION + "/java</exists>";
    static final String EDITION_ACTIVATION = "<exists>${basedir}/" + CourseTree.FROZEN_INTEGRITY + "</exists>";
    private static final Pattern INTEGRITY_ATTRIBUTE =
            Pattern.compile("^(:[\\w-]+-integrity: \\{root}/(chapter-[\\w-]+))/target/integrity$");
    private static final Pattern SOLUTION_ATTRIBUTE = Pattern.compile("^:[\\w-]+-solution:.*$");

    private EditionRewrites() {
    }

    /**
     * The parent POM: a chapter of the edition is recognised by its frozen integrity fragments,
     * since it has no {@code src/solution/java}; it keeps lab-kit, the graded run and exec:java.
     */
    static String parentPom(String pom) {
        int at = pom.indexOf(CHAPTER_ACTIVATION);
        if (at < 0 || pom.indexOf(CHAPTER_ACTIVATION, at + 1) >= 0) {
            throw new IllegalStateException("the parent pom.xml must activate the chapter profile with exactly one "
                    + CHAPTER_ACTIVATION + "; the learner edition replaces it");
        }
        return pom.replace(CHAPTER_ACTIVATION, EDITION_ACTIVATION);
    }

    /**
     * The docs' shared attributes: each chapter's "Common mistakes" come from the fragments frozen
     * into the edition, attributes that point at reference solutions go (an include of one then
     * fails the docs build instead of showing an answer), and {@code learner-edition} is set.
     */
    static String docsAttributes(String attributes, List<String> chapters) {
        List<String> out = new ArrayList<>();
        Set<String> pointed = new TreeSet<>();
        for (String line : attributes.split("\n", -1)) {
            Matcher integrity = INTEGRITY_ATTRIBUTE.matcher(line);
            if (integrity.matches()) {
                pointed.add(integrity.group(2));
                out.add(integrity.group(1) + "/" + CourseTree.FROZEN_INTEGRITY);
            } else if (!SOLUTION_ATTRIBUTE.matcher(line).matches()) {
                out.add(line);
            }
        }
        Set<String> missing = new TreeSet<>(chapters);
        missing.removeAll(pointed);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("docs attributes.adoc has no line ':<id>-integrity: {root}/<chapter>/target/integrity'"
                    + " for " + missing);
        }
        String text = String.join("\n", out);
        return (text.endsWith("\n") ? text : text + "\n") + ":learner-edition:\n";
    }

    /** The README says, right after its first commands, what this copy is. */
    static String readme(String readme) {
        int firstBlock = readme.indexOf("```sh\n");
        int end = firstBlock < 0 ? -1 : readme.indexOf("\n```\n", firstBlock + 6);
        if (end < 0) {
            throw new IllegalStateException("README.md must open with a ```sh block of commands");
        }
        int after = end + "\n```\n".length();
        return readme.substring(0, after) + "\n> This is the learner edition of Sockets Lab: the reference solutions and the"
                + " classic mistakes stay with your instructor, so `./mvnw verify` skips the integrity check (it says so"
                + " in one line per chapter). The docs' \"Common mistakes\" were generated before this edition was made.\n"
                + readme.substring(after);
    }
}
