package org.socketslab.kit.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hint} escalates: each call shows the next hint, across runs of {@code ./lab}, then starts over. */
class HintLedgerTest {
    @TempDir
    Path root;

    @Test
    void eachHintCallShowsTheNextHintThenStartsOver() throws Exception {
        CourseCopy.in(root);
        CourseCopy.write(root.resolve("docs/src/docs/asciidoc/tcp.adoc"), String.join("\n",
                "=== tcp-1: Adder", "", "==== Hints", "",
                "[%collapsible]", ".Hint 1", "====", "Think of `+`.", "====", "",
                "[%collapsible]", ".Hint 2", "====", "Return *a + b*.", "====", ""));
        LabExercise adder = LabCourse.at(root).exercise("tcp-1");

        assertThat(new HintLedger(root).next(adder)).isEqualTo("Hint 1 of 2 for tcp-1:\nThink of +.");
        assertThat(new HintLedger(root).next(adder)).isEqualTo("Hint 2 of 2 for tcp-1:\nReturn a + b.");
        assertThat(new HintLedger(root).next(adder)).startsWith("That was the last hint of tcp-1").endsWith("Think of +.");
    }
}
