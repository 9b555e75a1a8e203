package org.socketslab.kit.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationReportTest {
    private static final String SAME_LINE_TWICE = "<mutation detected='false' status='SURVIVED'>"
            + "<sourceFile>LineExchange.java</sourceFile><mutatedClass>org.socketslab.tcp.exercise.LineExchange</mutatedClass>"
            + "<mutatedMethod>exchange</mutatedMethod><lineNumber>2</lineNumber>"
            + "<mutator>org.pitest.mutationtest.engine.gregor.mutators.ConditionalsBoundaryMutator</mutator>"
            + "<description>changed conditional boundary</description></mutation>";

    @TempDir
    Path chapter;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private PrintStream console() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private Path setUp(String... entries) throws IOException {
        Path solution = chapter.resolve("src/solution/java/org/socketslab/tcp/exercise/LineExchange.java");
        Files.createDirectories(solution.getParent());
        Files.writeString(solution, "class LineExchange {\n    if (a >= 0 || b >= 0) {\n}\n");
        Path test = chapter.resolve("src/test/java/org/socketslab/tcp/exercise/LineExchangeTest.java");
        Files.createDirectories(test.getParent());
        Files.writeString(test, "@Exercise(id = \"tcp-2\", title = \"t\", docs = \"d\")\nclass LineExchangeTest {}\n");
        Path file = chapter.resolve(EquivalentMutants.FILE);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(entries));
        Path xml = chapter.resolve("mutations.xml");
        Files.writeString(xml, "<?xml version='1.0'?><mutations>" + SAME_LINE_TWICE + SAME_LINE_TWICE + "</mutations>");
        return xml;
    }

    @Test
    void oneEntryAccountsForOneOfTwoIdenticalSurvivors() throws IOException {
        Path xml = setUp("tcp-2\tLineExchange\texchange\tConditionalsBoundaryMutator\tchanged conditional boundary\t"
                + "if (a >= 0 || b >= 0) {\tsome reason");

        assertThatThrownBy(() -> MutationReport.run(chapter, xml, chapter.resolve("out"), console()))
                .hasMessageContaining("1 surviving mutant(s) not recorded").hasMessageContaining("0 stale");
        assertThat(Files.readString(chapter.resolve("out/mutation-report.md")))
                .contains("| tcp-2 | LineExchange | 2 | 0 | 0 | 1 | 1 | 0.0 % |");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("SURVIVED tcp-2 LineExchange.exchange, line 2: changed conditional boundary");
        assertThat(Files.readAllLines(chapter.resolve("out/survivors.tsv"))).hasSize(2);
    }

    @Test
    void twoEntriesPass() throws IOException {
        String entry = "tcp-2\tLineExchange\texchange\tConditionalsBoundaryMutator\tchanged conditional boundary\t"
                + "if (a >= 0 || b >= 0) {\tsome reason";
        Path xml = setUp(entry, entry);

        MutationReport.run(chapter, xml, chapter.resolve("out"), console());

        assertThat(Files.readString(chapter.resolve("out/mutation-report.md")))
                .contains("| tcp-2 | LineExchange | 2 | 0 | 0 | 0 | 2 | - |");
    }
}
