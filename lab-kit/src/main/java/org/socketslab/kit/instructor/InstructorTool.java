package org.socketslab.kit.instructor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.socketslab.kit.grading.Visibility;

/**
 * The instructor kit's commands, run from the course root (README, "For instructors"):
 * <pre>
 * learner-edition &lt;folder&gt; [--git]
 * autograder-zip &lt;file.zip&gt; [--chapters chapter-tcp,…] [--points points.properties]
 *                [--visibility visible|after_due_date|after_published|hidden]
 *                [--time-limit-minutes 8] [--output-limit 10000]
 * leak-scan &lt;folder&gt;
 * </pre>
 */
public final class InstructorTool {
    private static final String USAGE = """
            usage (from the course root):
              ./mvnw -q -pl lab-kit compile exec:java@instructor -Dexec.args="learner-edition <folder> [--git]"
              ./mvnw -q -pl lab-kit compile exec:java@instructor -Dexec.args="autograder-zip <file.zip> [--chapters chapter-tcp,...] [--points <file>] [--visibility visible|after_due_date|after_published|hidden] [--time-limit-minutes 8] [--output-limit 10000]"
              ./mvnw -q -pl lab-kit compile exec:java@instructor -Dexec.args="leak-scan <folder>"
            """;

    private InstructorTool() {
    }

    public static void main(String[] args) throws Exception {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("instructor kit: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            throw new IllegalArgumentException("missing arguments\n" + USAGE);
        }
        CourseTree course = new CourseTree(Path.of(System.getProperty("instructor.course", ".")));
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "learner-edition" -> {
                new LearnerEdition(course).writeTo(target);
                if (scan(course, target) != 0) {
                    return 1;
                }
                if (options.containsKey("--git")) {
                    commit(target);
                }
                System.out.println("Learner edition written to " + target + "; try: cd " + target + " && ./mvnw verify");
            }
            case "autograder-zip" -> {
                List<String> chapters = options.containsKey("--chapters")
                        ? AutograderSettings.list(options.get("--chapters")) : course.chapters();
                AutograderSettings settings = new AutograderSettings(chapters,
                        Visibility.of(options.getOrDefault("--visibility", "visible")),
                        Integer.parseInt(options.getOrDefault("--time-limit-minutes", "8")),
                        Integer.parseInt(options.getOrDefault("--output-limit", "10000")));
                String points = options.get("--points");
                new AutograderZip(course).write(target, settings, points == null ? null : Path.of(points));
                System.out.println("Gradescope autograder written to " + target + " (chapters " + String.join(", ", chapters)
                        + "; visibility " + settings.visibility().json() + ")");
            }
            case "leak-scan" -> {
                return scan(course, target);
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0] + "\n" + USAGE);
        }
        return 0;
    }

    private static int scan(CourseTree course, Path copy) throws IOException {
        List<String> leaks = LeakScan.against(course).leaks(copy);
        if (leaks.isEmpty()) {
            System.out.println("Leak scan: no file of " + copy + " holds a reference solution or classic mistake");
            return 0;
        }
        System.err.println("LEAK: " + copy + " gives answers away:\n  " + String.join("\n  ", leaks));
        return 1;
    }

    /** Options after the folder or file: {@code --name value}, or a flag alone. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i] + "\n" + USAGE);
            }
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(args[i], flag ? "" : args[++i]);
        }
        return options;
    }

    /** A new repository with one commit: the learner edition never carries the course's history. */
    private static void commit(Path edition) throws IOException, InterruptedException {
        List<List<String>> steps = new ArrayList<>();
        steps.add(List.of("git", "init", "-q"));
        steps.add(List.of("git", "add", "-A"));
        steps.add(List.of("git", "-c", "user.name=Sockets Lab", "-c", "user.email=instructor@localhost", "commit", "-q",
                "-m", "Sockets Lab, learner edition"));
        for (List<String> step : steps) {
            Process git = new ProcessBuilder(step).directory(edition.toFile()).inheritIO().start();
            if (!git.waitFor(2, TimeUnit.MINUTES) || git.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", step) + " failed in " + edition);
            }
        }
    }
}
