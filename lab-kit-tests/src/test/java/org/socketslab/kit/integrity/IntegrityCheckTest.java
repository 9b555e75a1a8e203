package org.socketslab.kit.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/**
 * The integrity check on a tiny chapter made in a temporary directory: one exercise (add two
 * numbers), its starter, reference, graded test and mistakes, compiled here like the build would.
 */
class IntegrityCheckTest {
    private static final String PACKAGE = "org/example/exercise/";
    private static final String STARTER = adder("throw new UnsupportedOperationException(\"TODO ex-1: add\");", "")
            .replace("public static int add", """
                /**
                 * Adds.
                 *
                 * <p>The contract:
                 * <ul>
                 *   <li>Returns the sum of {@code a} and
                 *       {@code b}.</li>
                 * </ul>
                 */
                public static int add""");
    private static final String CORRECT = adder("return a + b;", "");
    private static final String GRADED_TEST = """
            package org.example.exercise;

            import static org.assertj.core.api.Assertions.assertThat;
            import org.junit.jupiter.api.DisplayName;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;
            import org.socketslab.kit.grading.Exercise;

            @Tag("ex-1")
            @Exercise(id = "ex-1", title = "Adder", docs = "example.html#ex-1")
            class AdderTest {
                @Test
                @DisplayName("adds two and three")
                void addsTwoAndThree() {
                    assertThat(Adder.add(2, 3)).as("2 + 3").isEqualTo(5);
                }
            }
            """;

    @TempDir
    Path chapter;

    private static String adder(String body, String comment) {
        return "package org.example.exercise;\n\npublic final class Adder {\n    public static int add(int a, int b) {\n"
                + (comment.isEmpty() ? "" : "        // Mistake: " + comment + "\n        // Breaks: the sum of a and b\n")
                + "        " + body + "\n    }\n}\n";
    }

    @BeforeEach
    void makeChapter() throws IOException {
        write("src/main/java/" + PACKAGE + "Adder.java", STARTER);
        write("src/test/java/" + PACKAGE + "AdderTest.java", GRADED_TEST);
        write("src/solution/java/" + PACKAGE + "Adder.java", CORRECT);
    }

    private void write(String relative, String content) throws IOException {
        Path file = chapter.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private IntegrityCheck compiledCheck() throws IOException {
        ChapterLayout layout = layout();
        SourceCompiler compiler = new SourceCompiler();
        compiler.compile(chapter.resolve("src/main/java"), layout.classpath(), layout.mainClasses());
        List<Path> testClasspath = new ArrayList<>(layout.classpath());
        testClasspath.add(0, layout.mainClasses());
        compiler.compile(chapter.resolve("src/test/java"), testClasspath, layout.testClasses());
        IntegrityCheck check = new IntegrityCheck(layout);
        check.prepare();
        return check;
    }

    private ChapterLayout layout() {
        List<Path> libraries = new ArrayList<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classpath.split(File.pathSeparator)) {
            libraries.add(Path.of(entry));
        }
        return new ChapterLayout(chapter, chapter.resolve("target/classes"), chapter.resolve("target/test-classes"),
                chapter.resolve("target/integrity"), libraries);
    }

    private IntegrityReport reportFor(IntegrityCheck check) throws IOException {
        IntegrityReport report = new IntegrityReport("example");
        report.untouchedStarters(check.checkUntouchedStarters());
        for (String exercise : check.exercises()) {
            report.reference(exercise, check.checkReference(exercise));
        }
        for (Mistake mistake : check.mistakes()) {
            report.mistake(mistake, mistake.explanation(), mistake.breaks(), check.checkMistake(mistake));
        }
        for (String exercise : check.exercises()) {
            report.contract(exercise, check.contract(exercise));
        }
        return report;
    }

    @Test
    void aSoundChapterHasNoHolesAndRecordsWhatTheMistakeShows() throws IOException {
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts instead of adding."));
        IntegrityCheck check = compiledCheck();
        assertThat(check.exercises()).containsExactly("ex-1");
        assertThat(check.checkReference("ex-1")).extracting(TestOutcome::status).containsExactly(Status.PASSED);

        IntegrityReport report = reportFor(check);
        assertThat(report.holes()).isEmpty();
        report.write(chapter.resolve("target/integrity"));
        String fragment = Files.readString(chapter.resolve("target/integrity/ex-1-mistakes.adoc"));
        assertThat(fragment).contains("`subtracts`:: subtracts instead of adding.", "adds two and three", "[2 + 3]",
                "Read: docs/target/site/example.html#ex-1");
    }

    @Test
    void theCheckIgnoresWhatTheLearnerTypedIntoTheStarter() throws IOException {
        write("src/main/java/" + PACKAGE + "Adder.java", STARTER.replace("throw new UnsupportedOperationException(\"TODO ex-1: add\");", "return 42;"));
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        assertThat(reportFor(compiledCheck()).holes()).isEmpty();
    }

    @Test
    void aWrongReferenceIsAHole() throws IOException {
        write("src/solution/java/" + PACKAGE + "Adder.java", adder("return a * b;", ""));
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        assertThat(reportFor(compiledCheck()).holes())
                .anySatisfy(hole -> assertThat(hole).startsWith("ex-1: the reference solution does not pass \"adds two and three\""));
    }

    @Test
    void aMistakeNoTestCatchesIsAHole() throws IOException {
        write("src/mistakes/ex-1/swaps-operands/java/" + PACKAGE + "Adder.java", adder("return b + a;", "swaps the operands."));
        assertThat(reportFor(compiledCheck()).holes())
                .contains("ex-1/swaps-operands: no graded test of ex-1 fails against this mistake");
    }

    @Test
    void aMistakeThatIsOnlyNotStartedIsNotCaught() throws IOException {
        write("src/mistakes/ex-1/unfinished/java/" + PACKAGE + "Adder.java",
                adder("throw new UnsupportedOperationException(\"TODO ex-1\");", "never written."));
        assertThat(reportFor(compiledCheck()).holes())
                .anySatisfy(hole -> assertThat(hole).contains("\"not started\" does not count as caught"));
    }

    @Test
    void aMistakeWithoutItsExplanationIsAHole() throws IOException {
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java",
                adder("return a - b;", "").replace("return a - b;", "// Breaks: the sum\n        return a - b;"));
        assertThat(reportFor(compiledCheck()).holes()).singleElement().asString().contains("have no \"// Mistake:");
    }

    @Test
    void aGradedTestThatFailsAgainstTheUntouchedStarterIsAHole() throws IOException {
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        write("src/test/java/" + PACKAGE + "SwallowingTest.java", """
                package org.example.exercise;

                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                import org.socketslab.kit.grading.Exercise;

                @Tag("ex-1")
                @Exercise(id = "ex-1", title = "Adder", docs = "example.html#ex-1")
                class SwallowingTest {
                    @Test
                    void swallowsEveryException() {
                        int sum;
                        try {
                            sum = Adder.add(1, 1);
                        } catch (RuntimeException e) {
                            sum = -1; // hides the TODO, so a fresh clone would show a failure
                        }
                        if (sum != 2) {
                            throw new AssertionError("expected 2, got " + sum);
                        }
                    }
                }
                """);
        assertThat(reportFor(compiledCheck()).holes()).singleElement().asString()
                .startsWith("ex-1: against the untouched starter, \"swallowsEveryException()\" reports failed");
    }

    @Test
    void untouchedStartersAreMadeFromTheLearnersFileWhateverItHolds() throws IOException {
        write("src/main/java/" + PACKAGE + "Adder.java", STARTER.replace("throw new UnsupportedOperationException(\"TODO ex-1: add\");", "return a + b; // solved already"));
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        assertThat(reportFor(compiledCheck()).holes()).isEmpty();
        assertThat(Files.readString(chapter.resolve("target/integrity/stubs/src/" + PACKAGE + "Adder.java")))
                .contains(StarterStubs.BODY).doesNotContain("return a + b");
    }

    @Test
    void aStarterWithoutReferenceIsFound() throws IOException {
        write("src/main/java/" + PACKAGE + "Forgotten.java", "package org.example.exercise;\nclass Forgotten {}\n");
        assertThat(compiledCheck().startersWithoutSolution()).containsExactly(PACKAGE.replace('/', File.separatorChar)
                + "Forgotten.java");
    }

    @Test
    void theContractMapNamesEachItemTheMistakeThatBreaksItAndTheTestThatCaughtIt() throws IOException {
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        IntegrityReport report = reportFor(compiledCheck());
        assertThat(report.holes()).isEmpty();
        assertThat(report.render()).contains("contract: 1 items, 1 broken by caught mistakes");
        report.write(chapter.resolve("target/integrity"));
        assertThat(Files.readString(chapter.resolve("target/integrity/ex-1-contract.adoc")))
                .contains("|pass:c[Returns the sum of a and b.]", "|`subtracts`", "|_pass:c[adds two and three]_");
    }

    @Test
    void aContractItemThatNoCaughtMistakeBreaksIsAHole() throws IOException {
        write("src/main/java/" + PACKAGE + "Adder.java", STARTER.replace("</ul>",
                "  <li>Never throws.</li>\n     * </ul>"));
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        assertThat(reportFor(compiledCheck()).holes()).containsExactly("ex-1: the contract item \"Never throws.\""
                + " (Adder.java) is broken by no caught classic mistake: write one, or say in the item \"(Not graded: <why>.)\"");
    }

    @Test
    void anItemThatSaysWhyItIsNotGradedNeedsNoMistake() throws IOException {
        write("src/main/java/" + PACKAGE + "Adder.java", STARTER.replace("</ul>",
                "  <li>Is fast. (Not graded: speed depends on the machine.)</li>\n     * </ul>"));
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        IntegrityReport report = reportFor(compiledCheck());
        assertThat(report.holes()).isEmpty();
        assertThat(report.render()).contains("contract: 2 items, 1 broken by caught mistakes, 1 not graded");
        report.write(chapter.resolve("target/integrity"));
        assertThat(Files.readString(chapter.resolve("target/integrity/ex-1-contract.adoc")))
                .contains("2+|_Not graded_: pass:c[speed depends on the machine]");
    }

    @Test
    void aMistakeMustQuoteExactlyOneItemItBreaks() throws IOException {
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java",
                adder("return a - b;", "subtracts.").replace("the sum of a and b", "the difference"));
        write("src/mistakes/ex-1/silent/java/" + PACKAGE + "Adder.java",
                adder("return a - b;", "subtracts.").replace("// Breaks: the sum of a and b\n", ""));
        assertThat(reportFor(compiledCheck()).holes()).containsExactlyInAnyOrder(
                "ex-1/silent: its sources have no \"// Breaks: …\" line quoting the contract item it breaks",
                "ex-1/subtracts: \"// Breaks: the difference\" quotes no contract item of ex-1",
                "ex-1: the contract item \"Returns the sum of a and b.\" (Adder.java) is broken by no caught classic"
                        + " mistake: write one, or say in the item \"(Not graded: <why>.)\"");
    }

    @Test
    void contractItemsReadAsTheJavadocRenders() {
        assertThat(ContractItem.normalize("Throws {@link java.io.EOFException the end} when {@code a < b}"
                + " &amp; {@code new int[]{1}} is\n   <b>bold</b> &lt;x&gt;")).isEqualTo(
                "Throws the end when a < b & new int[]{1} is bold <x>");
    }

    @Test
    void theFirstFailureIsWhatCatchesAMistake() {
        TestOutcome failed = new TestOutcome("ex-1", "Adder", 10, "d", "t", Status.FAILED, "m");
        TestOutcome skipped = new TestOutcome("ex-1", "Adder", 10, "d", "t", Status.NOT_STARTED, "m");
        assertThat(IntegrityCheck.caughtBy(List.of(skipped, failed))).isEqualTo(Optional.of(failed));
        assertThat(IntegrityCheck.caughtBy(List.of(skipped))).isEmpty();
    }

    @Test
    void aHelperJvmRunsMistakesFromTheEndAndGivesWhatTheCheckWouldHaveGiven() throws Exception {
        write("src/mistakes/ex-1/subtracts/java/" + PACKAGE + "Adder.java", adder("return a - b;", "subtracts."));
        write("src/mistakes/ex-1/multiplies/java/" + PACKAGE + "Adder.java", adder("return a * b;", "multiplies."));
        write("src/mistakes/ex-1/ignores-b/java/" + PACKAGE + "Adder.java", adder("return a;", "ignores b."));
        IntegrityCheck check = compiledCheck();
        List<Mistake> mistakes = check.mistakes();
        List<List<TestOutcome>> alone = new ArrayList<>();
        for (Mistake mistake : mistakes) {
            alone.add(check.checkMistake(mistake));
        }

        List<List<TestOutcome>> shared = new ArrayList<>();
        try (SharedMistakes sharing = SharedMistakes.start(check, layout(), mistakes, 1)) {
            // The helper starts from the end: by the time the check reaches the last mistake, it is the helper's.
            for (Mistake mistake : mistakes) {
                shared.add(sharing.outcomes(mistake));
            }
        }
        assertThat(shared).isEqualTo(alone);
        assertThat(alone).allSatisfy(outcomes -> assertThat(outcomes).extracting(TestOutcome::status)
                .containsExactly(Status.FAILED));
    }
}
