package org.socketslab.kit.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lab reset}: the untouched starter comes back from git, the learner's version stays as a backup. */
class StarterResetTest {
    @TempDir
    Path root;

    private CourseCopy course;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void cloneWithAStarterTheLearnerCommittedOver() throws Exception {
        course = CourseCopy.in(root);
        // JUnit's assumption, not AssertJ's: AssertJ's needs byte-buddy proxies, which JDK 25 warns about.
        assumeTrue(git("init", "-q"), "git is installed");
        git("add", "chapter-tcp/src");
        git("commit", "-q", "-m", "the course");
        CourseCopy.write(course.starter(), CourseCopy.WRONG);
        git("commit", "-q", "-am", "my work so far"); // HEAD now has the learner's version
    }

    @Test
    void resetRestoresTheUntouchedStarterAndKeepsTheLearnersVersionAsABackup() throws Exception {
        reset("y");

        assertThat(course.starter()).hasContent(CourseCopy.STARTER);
        List<Path> backups = backups();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).startsWith("Adder.java.bak-");
        assertThat(backups.get(0)).hasContent(CourseCopy.WRONG);
        assertThat(questions).singleElement().asString().contains("[y/N]", "Adder.java.bak-");
    }

    @Test
    void anythingButYesLeavesTheStarterAlone() throws Exception {
        reset("");

        assertThat(course.starter()).hasContent(CourseCopy.WRONG);
        assertThat(backups()).isEmpty();
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Left chapter-tcp/src/main/java/org/example/exercise/Adder.java as it is.");
    }

    private void reset(String answer) throws IOException {
        LabExercise exercise = LabCourse.at(root).exercise("tcp-1");
        Terminal terminal = new Terminal(new PrintStream(screen, true, StandardCharsets.UTF_8), false);
        new StarterReset(root, terminal).reset(exercise, question -> {
            questions.add(question);
            return answer;
        });
    }

    private List<Path> backups() throws IOException {
        try (Stream<Path> files = Files.list(course.starter().getParent())) {
            return files.filter(p -> p.getFileName().toString().contains(".bak-")).collect(Collectors.toList());
        }
    }

    private boolean git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(),
                "-c", "user.name=Learner", "-c", "user.email=learner@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process git;
        try {
            git = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return false; // no git on this machine
        }
        if (!git.waitFor(30, TimeUnit.SECONDS)) {
            git.destroyForcibly();
            throw new IOException("git " + String.join(" ", args) + " did not finish in 30 s");
        }
        return git.exitValue() == 0;
    }
}
