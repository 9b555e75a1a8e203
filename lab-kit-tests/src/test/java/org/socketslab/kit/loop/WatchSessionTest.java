package org.socketslab.kit.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A scripted watch session: the learner saves the starter three times and reads the verdict change each time. */
@Timeout(60)
class WatchSessionTest {
    private static final Duration VERDICT = Duration.ofSeconds(30);

    @TempDir
    Path root;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final BlockingQueue<String> keyboard = new LinkedBlockingQueue<>();

    @Test
    void verdictTurnsFromNotStartedToFailedToPassedAsTheStarterIsSaved() throws Exception {
        CourseCopy course = CourseCopy.in(root);
        Thread session = start(course);
        try {
            awaitScreen("NOT STARTED tcp-1 Adder: the starter still throws its TODO");

            CourseCopy.write(course.starter(), CourseCopy.WRONG);
            awaitScreen("FAILED tcp-1: adds two numbers");
            assertThat(text()).contains("add(2, 3)", "Steps done:", "1. called add(2, 3)", "Read: docs/target/site/tcp.html#tcp-1");

            CourseCopy.write(course.starter(), CourseCopy.RIGHT + "\n// saved once more\n");
            awaitScreen("PASSED tcp-1 Adder: 2/2 tests pass");
            assertThat(text()).contains("Progress: 1/1 exercises passed, 10/10 points", "tcp-1 passes!");
            assertThat(Files.readString(course.outcomes())).contains("PASSED").doesNotContain("FAILED");
            assertThat(course.root().resolve("chapter-tcp/target/grading/results.json")).exists();

            quit(session, "quit");
        } finally {
            stop(session);
        }
    }

    @Test
    void aCompileErrorShowsTheCompilersMessageAndTheLoopKeepsWatching() throws Exception {
        CourseCopy course = CourseCopy.in(root);
        Thread session = start(course);
        try {
            awaitScreen("NOT STARTED");
            CourseCopy.write(course.starter(), CourseCopy.RIGHT.replace("return a + b;", "return a +;"));
            awaitScreen("DOES NOT COMPILE tcp-1 Adder");
            assertThat(text()).contains("chapter-tcp/src/main/java/org/example/exercise/Adder.java:6: error:");

            CourseCopy.write(course.starter(), CourseCopy.RIGHT);
            awaitScreen("PASSED tcp-1 Adder");
            quit(session, "q");
        } finally {
            stop(session);
        }
    }

    private Thread start(CourseCopy course) throws Exception {
        LabCourse lab = LabCourse.at(course.root());
        Terminal terminal = new Terminal(new PrintStream(screen, true, StandardCharsets.UTF_8), false);
        WatchSession watch = new WatchSession(lab, new ExerciseCheck(course.root()), terminal, keyboard);
        Thread session = new Thread(() -> {
            try {
                watch.run(Optional.empty());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                e.printStackTrace(new PrintStream(screen, true, StandardCharsets.UTF_8));
            }
        }, "watch-session");
        session.start();
        return session;
    }

    private void quit(Thread session, String command) throws InterruptedException {
        keyboard.add(command);
        session.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(session.isAlive()).as("session still running after " + command).isFalse();
    }

    /** Ends the session however the test ended, so that no thread outlives it. */
    private static void stop(Thread session) throws InterruptedException {
        session.interrupt();
        session.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void awaitScreen(String text) {
        await().atMost(VERDICT).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(text()).contains(text));
    }

    private String text() {
        return screen.toString(StandardCharsets.UTF_8);
    }
}
