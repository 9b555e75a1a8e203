package org.socketslab.kit.grading;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner reads about one failed graded test: the course's explanation (what was expected,
 * what happened, the steps, where to read), and stack frames only where the learner's own code
 * threw, and then only the frames of the learner's classes. Frames of the tests, of lab-kit, of
 * thread pools and of the JDK say nothing a learner can act on.
 */
public final class FailureText {
    /** A stack frame as Java prints it, with or without a module ({@code at java.base/java.lang.Thread.run(…)}). */
    private static final Pattern FRAME = Pattern.compile("^\\s*at (?:\\S+/)?([\\w$.]+)\\.[\\w$<>]+\\(.*\\)\\s*$");
    private static final Pattern MORE_FRAMES = Pattern.compile("^\\s*\\.\\.\\. \\d+ more\\s*$");
    /** Exercise classes live in {@code org.socketslab.<chapter>.exercise}; starters and tests share it. */
    private static final Pattern EXERCISE_PACKAGE = Pattern.compile("org\\.socketslab\\.\\w+\\.exercise\\.[\\w$.]+");
    private static final int MOST_FRAMES = 6;

    private FailureText() {
    }

    /** The text for {@code failure}, a graded test's failure as the grading extension explained it. */
    public static String of(Throwable failure) {
        String message = withoutForeignFrames(String.valueOf(failure.getMessage()));
        List<String> frames = learnerFrames(failure.getCause());
        if (frames.isEmpty()) {
            return message;
        }
        StringBuilder where = new StringBuilder("\n\nWhere your code threw it:");
        frames.forEach(frame -> where.append("\n  at ").append(frame));
        // Before the steps and the docs link, which close every explanation.
        int steps = message.indexOf("\n\nSteps done:");
        int end = steps >= 0 ? steps : message.indexOf("\n\nRead: ");
        return end < 0 ? message + where : message.substring(0, end) + where + message.substring(end);
    }

    /** Drops the stack-frame lines that an assertion library copied into a message, but the learner's. */
    static String withoutForeignFrames(String message) {
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\n", -1)) {
            Matcher frame = FRAME.matcher(line);
            if (frame.matches() ? isLearners(frame.group(1)) : !MORE_FRAMES.matcher(line).matches()) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    /** The learner's frames of {@code thrown} and its causes, when it is something the learner's code threw. */
    static List<String> learnerFrames(Throwable thrown) {
        Set<String> frames = new LinkedHashSet<>();
        for (Throwable t = thrown; t != null && !(t instanceof AssertionError) && frames.size() < MOST_FRAMES; t = t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (isLearners(frame.getClassName()) && frames.size() < MOST_FRAMES) {
                    frames.add(frame.toString());
                }
            }
        }
        return List.copyOf(frames);
    }

    /**
     * Whether {@code className} is a class the learner writes: in an exercise package, and not
     * compiled from the test sources (the graded tests and their helpers live there).
     */
    static boolean isLearners(String className) {
        if (!EXERCISE_PACKAGE.matcher(className).matches()) {
            return false;
        }
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            CodeSource source = Class.forName(className, false, loader).getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location == null || !location.getPath().contains("/test-classes/");
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
