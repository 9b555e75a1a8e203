package org.socketslab.kit.loop;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./lab} alone: checks the first exercise not passed yet, checks it again each time a
 * source of its chapter is saved, and takes short commands typed in the meantime. When the
 * exercise passes it offers the next one, which {@code next} starts.
 */
final class WatchSession {
    static final String COMMANDS = "Commands: [h]int, [l]ist, [n]ext, [q]uit, Enter checks again.";

    private final LabCourse course;
    private final ExerciseCheck checker;
    private final Terminal terminal;
    private final VerdictText verdicts;
    private final HintLedger hints;
    private final BlockingQueue<String> commands;
    private LabExercise current;
    private SourcePoller poller;

    WatchSession(LabCourse course, ExerciseCheck checker, Terminal terminal, BlockingQueue<String> commands) {
        this.course = course;
        this.checker = checker;
        this.terminal = terminal;
        this.verdicts = new VerdictText(terminal, course);
        this.hints = new HintLedger(course.root());
        this.commands = commands;
    }

    /**
     * Watches {@code first}, or when empty the first exercise not passed yet, until the learner
     * types {@code quit} or the thread is interrupted.
     */
    void run(Optional<LabExercise> chosen) throws IOException, InterruptedException {
        Optional<LabExercise> first = chosen.isPresent() ? chosen : course.next(Optional.empty());
        if (first.isEmpty()) {
            terminal.println(terminal.green("Every exercise passes. Well done!"));
            terminal.print(verdicts.progress(course.known()));
            return;
        }
        start(first.get());
        while (!Thread.currentThread().isInterrupted()) {
            String command = commands.poll(SourcePoller.INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
            if (command != null) {
                if (!obey(command.strip().toLowerCase(java.util.Locale.ROOT))) {
                    return;
                }
            } else if (poller.changed()) {
                settle();
                check();
            }
        }
    }

    /** Does what the learner typed; false for quit. */
    private boolean obey(String command) throws IOException {
        switch (command) {
            case "q": case "quit": case "exit":
                return false;
            case "h": case "hint":
                terminal.println(hints.next(current));
                break;
            case "l": case "list":
                terminal.print(new CourseList(course, terminal).render());
                break;
            case "n": case "next":
                Optional<LabExercise> next = course.next(Optional.of(current));
                if (next.isPresent()) {
                    start(next.get());
                } else {
                    terminal.println("No exercise after " + current.id() + " is waiting; list shows where you stand.");
                }
                break;
            case "":
                check();
                break;
            default:
                terminal.println("Unknown command \"" + command + "\". " + COMMANDS);
        }
        return true;
    }

    private void start(LabExercise exercise) throws IOException {
        current = exercise;
        poller = new SourcePoller(exercise.chapter().sources());
        terminal.println("");
        terminal.println(terminal.bold("Watching " + exercise.id() + " " + exercise.title()));
        terminal.println("  Edit " + course.starters(exercise)
                + " and save; read docs/target/site/" + exercise.docs());
        terminal.println("  " + COMMANDS);
        check();
    }

    /** Editors save in steps (write a temporary file, rename it): wait until one look sees no further change. */
    private void settle() throws InterruptedException {
        do {
            TimeUnit.MILLISECONDS.sleep(SourcePoller.INTERVAL_MILLIS / 2);
        } while (poller.changed());
    }

    private void check() throws IOException {
        terminal.println("");
        terminal.println("Checking " + current.id() + "…");
        CheckResult result = checker.check(current);
        terminal.print(verdicts.of(result));
        terminal.print(verdicts.progress(course.known()));
        if (result.passes()) {
            Optional<LabExercise> next = course.next(Optional.of(current));
            terminal.println(next.map(n -> terminal.green(current.id() + " passes!") + " Type n (next) and Enter for "
                    + n.id() + " " + n.title() + ".").orElse(terminal.green(current.id() + " passes!")
                    + " No exercise after it is waiting: list shows where you stand."));
        }
    }
}
