package org.socketslab.kit.loop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The learner's loop, {@code ./lab}: one warm JVM that checks, hints, lists and moves on, with the
 * same grading as {@code ./mvnw verify}. The {@code lab} script builds the course once with Maven
 * and starts this class with lab-kit's class path; the chapters' classes are never on it, so that
 * every check loads them afresh.
 */
public final class Lab {
    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: ./lab [command]",
            "  (none)       watch: check the first exercise not passed yet, again at every save",
            "  watch ID     watch that exercise instead",
            "  check ID     check one exercise; exit status 0 when it passes, 1 otherwise",
            "  hint ID      the next hint of an exercise (each call shows one more)",
            "  list         the course scoreboard",
            "  next         the first exercise not passed yet",
            "  reset ID     put the untouched starter back (asks first; keeps yours as a .bak- file)");

    private final LabCourse course;
    private final Terminal terminal;
    private final BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));

    private Lab(LabCourse course, Terminal terminal) {
        this.course = course;
        this.terminal = terminal;
    }

    /** {@code args[0]}: the repository root; the rest: the learner's command. */
    public static void main(String[] args) throws Exception {
        Terminal terminal = Terminal.system();
        int status;
        try {
            Lab lab = new Lab(LabCourse.at(Path.of(args[0]).toAbsolutePath().normalize()), terminal);
            status = lab.run(List.of(args).subList(1, args.length));
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            System.err.println("lab: " + e.getMessage());
            status = 2;
        }
        System.out.flush();
        System.exit(status); // a learner's thread left running must not keep the loop alive
    }

    private int run(List<String> command) throws IOException, InterruptedException {
        if (course.exercises().isEmpty()) {
            throw new IOException("no chapter's graded tests are compiled under " + course.root()
                    + "; the lab script builds them (./mvnw test-compile)");
        }
        String verb = command.isEmpty() ? "watch" : command.get(0);
        switch (verb) {
            case "watch":
                Optional<LabExercise> chosen = command.size() > 1 ? Optional.of(course.exercise(argument(command)))
                        : Optional.empty();
                new WatchSession(course, new ExerciseCheck(course.root()), terminal, commands()).run(chosen);
                return 0;
            case "check":
                return check(course.exercise(argument(command)));
            case "hint":
                terminal.println(new HintLedger(course.root()).next(course.exercise(argument(command))));
                return 0;
            case "list":
                terminal.print(new CourseList(course, terminal).render());
                return 0;
            case "next":
                return next();
            case "reset":
                new StarterReset(course.root(), terminal).reset(course.exercise(argument(command)), this::ask);
                return 0;
            case "help": case "-h": case "--help":
                terminal.println(USAGE);
                return 0;
            default:
                throw new IllegalArgumentException("unknown command \"" + verb + "\"" + System.lineSeparator() + USAGE);
        }
    }

    private int check(LabExercise exercise) throws IOException {
        CheckResult result = new ExerciseCheck(course.root()).check(exercise);
        VerdictText verdicts = new VerdictText(terminal, course);
        terminal.print(verdicts.of(result));
        terminal.print(verdicts.progress(course.known()));
        return result.passes() ? 0 : 1;
    }

    private int next() throws IOException {
        Optional<LabExercise> next = course.next(Optional.empty());
        if (next.isEmpty()) {
            terminal.println("Every exercise passes. Well done!");
            return 0;
        }
        LabExercise e = next.get();
        terminal.println("Next: " + e.id() + " " + e.title());
        terminal.println("  Edit " + course.starters(e));
        terminal.println("  Read docs/target/site/" + e.docs());
        terminal.println("  Check it: ./lab check " + e.id() + " (or ./lab, which checks it at every save)");
        return 0;
    }

    private String argument(List<String> command) {
        if (command.size() != 2) {
            throw new IllegalArgumentException(command.get(0) + " needs one exercise id, e.g. ./lab " + command.get(0)
                    + " tcp-1; the exercises are: " + String.join(", ", course.exercises().stream().map(LabExercise::id).toList()));
        }
        return command.get(1);
    }

    private String ask(String question) {
        terminal.print(question);
        try {
            String answer = stdin.readLine();
            if (System.console() == null) {
                terminal.println(""); // the answer came from a pipe, not typed with its Enter
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines typed on the terminal, read by a daemon thread so that the watch loop never blocks on input. */
    private BlockingQueue<String> commands() {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = stdin.readLine(); line != null; line = stdin.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // no more commands; the loop keeps watching until Ctrl-C
            }
        }, "lab-commands");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
