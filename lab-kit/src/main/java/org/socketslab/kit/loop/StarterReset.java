package org.socketslab.kit.loop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Puts an exercise's untouched starter back, after asking, and keeps the learner's version beside
 * it as {@code Foo.java.bak-<time>}.
 *
 * <p>The untouched starter comes from git, and not simply from {@code HEAD}: a learner who
 * committed their work has it there. The course's own branch ({@code @{upstream}}, else
 * {@code origin/HEAD}) has the current starter; without one, the commit that first added the
 * file has the original. A version counts only if it still throws its TODO.
 */
final class StarterReset {
    private static final String TODO = "UnsupportedOperationException(\"TODO";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final Terminal terminal;

    StarterReset(Path root, Terminal terminal) {
        this.root = root;
        this.terminal = terminal;
    }

    /** Resets each starter of {@code exercise} that differs from its untouched version and that the learner agrees to reset. */
    void reset(LabExercise exercise, Function<String, String> ask) throws IOException {
        if (exercise.starters().isEmpty()) {
            throw new IOException(exercise.id() + " has no starter file under " + exercise.chapter().sources());
        }
        for (Path starter : exercise.starters()) {
            String path = root.relativize(starter).toString().replace('\\', '/');
            byte[] untouched = untouched(path).orElseThrow(() -> new IOException("git has no untouched version of "
                    + path + " (it should still throw its TODO); take it from the course's repository by hand"));
            byte[] mine = Files.readAllBytes(starter);
            if (Arrays.equals(mine, untouched)) {
                terminal.println(path + " is already the untouched starter.");
                continue;
            }
            Path backup = starter.resolveSibling(starter.getFileName() + ".bak-" + LocalDateTime.now().format(STAMP));
            String answer = ask.apply("Replace " + path + " with the untouched starter? Your version is kept as "
                    + root.relativize(backup) + " [y/N] ");
            if (answer == null || !answer.strip().equalsIgnoreCase("y")) {
                terminal.println("Left " + path + " as it is.");
                continue;
            }
            Files.write(backup, mine);
            Files.write(starter, untouched);
            terminal.println("Reset " + path + "; your version is in " + root.relativize(backup) + ".");
        }
    }

    /** The newest untouched version git knows: the course's branch first, then the commit that added the file. */
    private Optional<byte[]> untouched(String path) throws IOException {
        if (git("rev-parse", "--git-dir").isEmpty()) {
            throw new IOException(root + " is not a git clone, so reset cannot tell the untouched starter;"
                    + " take " + path + " from the course's repository by hand");
        }
        List<String> revisions = new ArrayList<>();
        for (String branch : List.of("@{upstream}", "origin/HEAD")) {
            git("rev-parse", "--verify", "--quiet", branch).ifPresent(out -> revisions.add(out.strip()));
        }
        git("log", "--diff-filter=A", "--format=%H", "--", path)
                .flatMap(out -> out.lines().reduce((newer, older) -> older)).ifPresent(revisions::add);
        for (String revision : revisions) {
            Optional<byte[]> content = gitBytes("show", revision + ":" + path);
            if (content.isPresent() && new String(content.get(), StandardCharsets.UTF_8).contains(TODO)) {
                return content;
            }
        }
        return Optional.empty();
    }

    private Optional<String> git(String... args) throws IOException {
        return gitBytes(args).map(out -> new String(out, StandardCharsets.UTF_8));
    }

    /** What {@code git args} prints, or empty when it fails; an error when there is no git at all. */
    private Optional<byte[]> gitBytes(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        Process git;
        try {
            git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("reset needs git, to find the untouched starter, and cannot run it (" + e.getMessage()
                    + "); install git, or take the starter from the course's repository by hand", e);
        }
        byte[] out;
        try (InputStream in = git.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                throw new IOException("git " + String.join(" ", args) + " did not finish in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for git", e);
        }
        return git.exitValue() == 0 ? Optional.of(out) : Optional.empty();
    }
}
