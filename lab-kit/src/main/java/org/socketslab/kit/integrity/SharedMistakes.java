package org.socketslab.kit.integrity;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.socketslab.kit.grading.TestOutcome;

/**
 * Shares a chapter's classic mistakes between the integrity check's JVM and helper JVMs
 * ({@link MistakeWorker}): the check takes mistakes from the start of the list, each helper from
 * the end, and every mistake runs once, alone in its JVM, exactly as it would in the check's.
 * Most of a mistake's time is spent waiting on sockets and timeouts, which the JVMs overlap, so
 * the check of a chapter with many slow mistakes takes about half the time with one helper.
 *
 * <p>The helpers start at once but take their first mistake only when the check takes its own,
 * that is once the reference solutions have run: a reference that fails because the machine is
 * busy is a hole that fails the build, while a mistake that runs slowly is still caught. So the
 * references do not share the CPU with the chapter's heaviest mistakes (taken from the end, they
 * are often the same exercise's).
 *
 * <p>A helper that dies hands its mistake back: the check then runs it itself.
 */
final class SharedMistakes implements AutoCloseable {
    /** Far more than any mistake's run; only a helper that hangs for good reaches it. */
    private static final long WAIT_SECONDS = 180;

    private final IntegrityCheck check;
    private final Deque<Mistake> unclaimed;
    private final Map<Mistake, CompletableFuture<List<TestOutcome>>> claimed = new HashMap<>();
    private final List<Helper> helpers = new ArrayList<>();
    private final CountDownLatch referencesDone = new CountDownLatch(1);

    private SharedMistakes(IntegrityCheck check, List<Mistake> mistakes) {
        this.check = check;
        this.unclaimed = new ArrayDeque<>(mistakes);
    }

    /** Starts {@code helperCount} helper JVMs (none for 0) on a chapter that {@code check} has prepared. */
    static SharedMistakes start(IntegrityCheck check, ChapterLayout layout, List<Mistake> mistakes, int helperCount)
            throws IOException {
        SharedMistakes shared = new SharedMistakes(check, mistakes);
        for (int i = 1; i <= helperCount && mistakes.size() > 1; i++) {
            Helper helper = shared.new Helper(layout, i);
            shared.helpers.add(helper);
            helper.start();
        }
        return shared;
    }

    /** The outcomes of a mistake's run: made here unless a helper has taken it, then the helper's. */
    List<TestOutcome> outcomes(Mistake mistake) throws IOException {
        referencesDone.countDown();
        CompletableFuture<List<TestOutcome>> theirs;
        synchronized (this) {
            theirs = unclaimed.remove(mistake) ? null : claimed.get(mistake);
        }
        if (theirs == null) {
            return check.checkMistake(mistake);
        }
        try {
            return theirs.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof HelperGone) {
                return check.checkMistake(mistake);
            }
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the integrity check's helper JVM gave no result for " + mistake + " in "
                    + WAIT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + mistake, e);
        }
    }

    private synchronized Mistake claimLast(CompletableFuture<List<TestOutcome>> result) {
        Mistake mistake = unclaimed.pollLast();
        if (mistake != null) {
            claimed.put(mistake, result);
        }
        return mistake;
    }

    /** Ends the helpers (they stop at the end of their input) and waits for them. */
    @Override
    public void close() throws InterruptedException {
        referencesDone.countDown();
        for (Helper helper : helpers) {
            helper.stop();
        }
    }

    /** The helper's JVM failed or ended: its mistake goes back to the check. */
    private static final class HelperGone extends IOException {
        private static final long serialVersionUID = 1L;

        HelperGone(String message) {
            super(message);
        }
    }

    /** One helper JVM, and the thread that feeds it one mistake at a time. */
    private final class Helper {
        private final Process process;
        private final Thread feeder;

        Helper(ChapterLayout layout, int number) throws IOException {
            Path args = layout.output().resolve("helper-" + number + ".args");
            Files.createDirectories(layout.output());
            Files.write(args, command(layout), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + args);
            // What the tests print goes to a log; standard output carries the answers alone.
            builder.redirectError(layout.output().resolve("helper-" + number + ".log").toFile());
            process = builder.start();
            feeder = new Thread(this::feed, "integrity-helper-" + number);
            feeder.setDaemon(true);
        }

        void start() {
            feeder.start();
        }

        private void feed() {
            try (Writer requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                 BufferedReader answers = new BufferedReader(new InputStreamReader(process.getInputStream(),
                         StandardCharsets.UTF_8))) {
                if (!awaitReferencesDone()) {
                    return;
                }
                while (true) {
                    CompletableFuture<List<TestOutcome>> result = new CompletableFuture<>();
                    Mistake mistake = claimLast(result);
                    if (mistake == null) {
                        return;
                    }
                    try {
                        requests.write(mistake + "\n");
                        requests.flush();
                        OutcomeLines.Parsed answer = readAnswer(answers);
                        if (answer == null || !answer.mistake().equals(mistake.toString())) {
                            result.completeExceptionally(new HelperGone("the helper JVM ended"));
                            return;
                        }
                        if (answer.error() != null) {
                            result.completeExceptionally(new IOException(answer.error()));
                        } else {
                            result.complete(answer.outcomes());
                        }
                    } catch (IOException e) {
                        result.completeExceptionally(new HelperGone("the helper JVM failed: " + e));
                        return;
                    }
                }
            } catch (IOException e) {
                // Closing the helper's input failed: it has ended already.
            }
        }

        private boolean awaitReferencesDone() {
            try {
                referencesDone.await();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private OutcomeLines.Parsed readAnswer(BufferedReader answers) throws IOException {
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                OutcomeLines.Parsed parsed = OutcomeLines.parse(line);
                if (parsed != null) {
                    return parsed;
                }
            }
            return null;
        }

        void stop() throws InterruptedException {
            feeder.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }

        /** The check's own JVM options, and the chapter's layout: the class path and where things are. */
        private List<String> command(ChapterLayout layout) {
            List<String> command = new ArrayList<>();
            for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                if (!option.startsWith("-agentlib:jdwp") && !option.startsWith("-Xrunjdwp")) {
                    command.add(option);
                }
            }
            command.add("-D" + ChapterLayout.CHAPTER + "=" + layout.chapter());
            command.add("-D" + ChapterLayout.MAIN_CLASSES + "=" + layout.mainClasses());
            command.add("-D" + ChapterLayout.TEST_CLASSES + "=" + layout.testClasses());
            command.add("-D" + ChapterLayout.OUTPUT + "=" + layout.output());
            command.add("-classpath");
            command.add(layout.classpath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            command.add(MistakeWorker.class.getName());
            return command.stream().map(Helper::quoted).toList();
        }

        /** One argument of a {@code java @file}: quoted, with its backslashes and quotes escaped. */
        private static String quoted(String argument) {
            return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
