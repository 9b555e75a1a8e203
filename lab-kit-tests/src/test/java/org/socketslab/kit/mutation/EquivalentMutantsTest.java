package org.socketslab.kit.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EquivalentMutantsTest {
    @TempDir
    Path chapter;

    private static Mutant survivor(int line, String lineText) {
        return new Mutant("tcp-2", "LineExchange", "exchange", line, "ConditionalsBoundaryMutator",
                "changed conditional boundary", lineText, "SURVIVED", false);
    }

    private void write(String... entries) throws IOException {
        Path file = chapter.resolve(EquivalentMutants.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(entries));
    }

    @Test
    void anEntryMatchesTheSameMutantOnAnotherLine() throws IOException {
        write(EquivalentMutants.HEADER, survivor(1, "if (n > 0) {").key().tsv() + "\tno test can tell");

        EquivalentMutants.Match match = EquivalentMutants.read(chapter).match(List.of(survivor(40, "if (n > 0) {")));

        assertThat(match.equivalent()).hasSize(1);
        assertThat(match.unlisted()).isEmpty();
        assertThat(match.stale()).isEmpty();
    }

    @Test
    void twoIdenticalSurvivorsNeedTwoEntries() throws IOException {
        write(survivor(1, "if (n > 0) {").key().tsv() + "\tno test can tell");

        EquivalentMutants.Match match = EquivalentMutants.read(chapter)
                .match(List.of(survivor(3, "if (n > 0) {"), survivor(3, "if (n > 0) {")));

        assertThat(match.equivalent()).hasSize(1);
        assertThat(match.unlisted()).hasSize(1);
    }

    @Test
    void anEntryNoSurvivorMatchesIsStale() throws IOException {
        write(survivor(1, "if (n > 0) {").key().tsv() + "\tno test can tell");

        EquivalentMutants.Match match = EquivalentMutants.read(chapter).match(List.of(survivor(1, "if (n >= 0) {")));

        assertThat(match.unlisted()).hasSize(1);
        assertThat(match.stale()).singleElement().satisfies(e -> assertThat(e.lineNumber()).isEqualTo(1));
    }

    @Test
    void anEntryWhoseMutantTimedOutIsNotStale() throws IOException {
        write(survivor(1, "if (n > 0) {").key().tsv() + "\tno test can tell");
        Mutant timedOut = new Mutant("tcp-2", "LineExchange", "exchange", 1, "ConditionalsBoundaryMutator",
                "changed conditional boundary", "if (n > 0) {", "TIMED_OUT", true);

        EquivalentMutants.Match match = EquivalentMutants.read(chapter).match(List.of(timedOut));

        assertThat(match.stale()).isEmpty();
        assertThat(match.timedOut()).hasSize(1);
    }

    @Test
    void anEntryOfAnExerciseLeftOutOfTheRunIsNotStale() throws IOException {
        write(survivor(1, "if (n > 0) {").key().tsv() + "\tno test can tell");
        Mutant other = new Mutant("tcp-1", "RawHttpClient", "get", 9, "VoidMethodCallMutator", "removed call",
                "x();", "KILLED", true);

        assertThat(EquivalentMutants.read(chapter).match(List.of(other)).stale()).isEmpty();
    }

    @Test
    void anEntryWithoutAReasonIsRefused() throws IOException {
        write(survivor(1, "if (n > 0) {").key().tsv() + "\t ");

        assertThatThrownBy(() -> EquivalentMutants.read(chapter)).isInstanceOf(IOException.class)
                .hasMessageContaining("one-line reason");
    }

    @Test
    void idsSortByNumber() {
        assertThat(MutationReport.compareIds("tcp-2", "tcp-10")).isNegative();
        assertThat(MutationReport.compareIds("tcp-2", "udp-1")).isNegative();
    }
}
