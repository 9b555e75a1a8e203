package org.socketslab.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The README opens with the two commands a newcomer runs. The test command is what CI runs (so
 * it is tested by running at all); this test runs the other, the chapter demo, exactly as written.
 * The two demos run at the same time: each is a Maven build that finds everything compiled (this
 * module comes after the chapters) and then mostly waits on its demo.
 */
@Execution(ExecutionMode.CONCURRENT)
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();

    /** The commands of the README's first code block, without their comments. */
    static List<String> firstCommands() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("```sh");
        assertThat(start).as("README.md starts with a ```sh block").isBetween(0, 3);
        List<String> commands = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("```")) {
                break;
            }
            commands.add(line.replaceFirst("\\s+#.*$", "").strip());
        }
        return commands;
    }

    @Test
    void theReadmeStartsWithTheDemoAndTheTestCommand() throws IOException {
        assertThat(firstCommands()).containsExactly(
                "./mvnw -q -pl chapter-tcp -am compile exec:java",
                "./mvnw verify");
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("\n./mvnw verify\n");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theDemoCommandPrintsTheUpperCasedExchange() throws Exception {
        assumeTrue(Files.isExecutable(ROOT.resolve("mvnw")), "needs the Unix wrapper script");
        String output = run(firstCommands().get(0));
        assertThat(output).contains("sent:     hello, sockets", "received: HELLO, SOCKETS",
                "received: TCP IS A BYTE STREAM", "client and server closed");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theNonBlockingDemoCommandRunsAllThreeExamples() throws Exception {
        assumeTrue(Files.isExecutable(ROOT.resolve("mvnw")), "needs the Unix wrapper script");
        String command = "./mvnw -q -pl chapter-nonblocking -am compile exec:java";
        assertThat(Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .as("the README's command for the non-blocking demo").anyMatch(line -> line.startsWith(command + " "));
        String output = run(command);
        assertThat(output).contains("deadline 300 ms: SocketTimeoutException", "no answer within 500 ms",
                "one server thread, 200 clients connected, 200 got their line back upper-cased", "servers closed");
    }

    /** Runs {@code command} in the repository's root with the JDK of this build; returns its output once it ends. */
    private static String run(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home")); // the JDK running this build
        Process demo = builder.start();
        String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(demo.waitFor(4, TimeUnit.MINUTES)).as("the demo ends on its own").isTrue();
        assertThat(demo.exitValue()).as("exit status; output:\n" + output).isZero();
        return output;
    }
}
