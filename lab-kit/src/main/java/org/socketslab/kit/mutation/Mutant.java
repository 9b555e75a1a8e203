package org.socketslab.kit.mutation;

/**
 * One mutant PIT made of a reference solution, with what a reader needs to find it again: the
 * exercise whose graded tests it was run against and the text of the line it changed.
 *
 * @param exercise   the exercise id, e.g. {@code tcp-2}
 * @param className  the class without its package, inner classes as {@code Outer$Inner}
 * @param method     the mutated method ({@code lambda$run$0} for a lambda's body)
 * @param line       the line number in the reference (for the reader; not part of the key)
 * @param mutator    PIT's mutator without its package, e.g. {@code VoidMethodCallMutator}
 * @param description PIT's description, e.g. {@code removed call to java/net/Socket::setSoTimeout}
 * @param lineText   the reference's source line, whitespace collapsed
 * @param status     PIT's status: {@code KILLED}, {@code SURVIVED}, {@code NO_COVERAGE}, {@code TIMED_OUT}, …
 * @param detected   whether a graded test failed (or timed out) against it
 */
public record Mutant(String exercise, String className, String method, int line, String mutator,
        String description, String lineText, String status, boolean detected) {

    /**
     * What identifies the mutant across edits of other lines: everything but the line number.
     * Two mutants with the same key (the same change on two identical lines of one method) need
     * one entry each in the equivalents file.
     */
    public Key key() {
        return new Key(exercise, className, method, mutator, description, lineText);
    }

    /** Where a reader finds it: {@code LineExchange.exchange, line 42}. */
    public String place() {
        return className + "." + method + ", line " + line;
    }

    public record Key(String exercise, String className, String method, String mutator, String description,
            String lineText) {

        /** The key as the first six tab-separated fields of an entry in the equivalents file. */
        public String tsv() {
            return String.join("\t", exercise, className, method, mutator, description, lineText);
        }
    }
}
