package org.socketslab.kit.instructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What gives an answer away: the bodies of the methods and constructors of each reference
 * solution and classic mistake that its starter does not have, with comments and all whitespace
 * removed, so that reformatting a copied answer does not hide it.
 */
final class AnswerFingerprints {
    /**
     * Shorter bodies are idioms every socket program has ({@code try{socket.close();}catch(…){}}),
     * not answers; a method that solves an exercise is longer.
     */
    static final int MIN_LENGTH = 80;

    private AnswerFingerprints() {
    }

    /**
     * Fingerprint → the answer file it comes from, over every chapter of {@code course}; a body
     * the course itself publishes elsewhere (an example, a test helper, a hint on a page: the
     * select loop of the non-blocking chapter's example is the chat room's loop too) is shared on
     * purpose and gives nothing away, so it is no fingerprint.
     */
    static Map<String, Path> of(CourseTree course) throws IOException {
        Map<String, Path> prints = answerBodies(course);
        String published = published(course);
        prints.keySet().removeIf(published::contains);
        return prints;
    }

    /** The normalised text of every source and page the course ships to learners, answers left out. */
    private static String published(CourseTree course) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : EditionFiles.of(course.root())) {
            String name = file.getFileName().toString();
            if (name.endsWith(".java") || name.endsWith(".adoc")) {
                text.append(normalise(read(course.root().resolve(file)))).append('\n');
            }
        }
        return text.toString();
    }

    private static Map<String, Path> answerBodies(CourseTree course) throws IOException {
        Map<String, Path> prints = new LinkedHashMap<>();
        for (String chapter : course.chapters()) {
            Path module = course.root().resolve(chapter);
            List<Path> answers = new ArrayList<>(CourseTree.javaFiles(module.resolve(CourseTree.SOLUTION)));
            answers.addAll(CourseTree.javaFiles(module.resolve(CourseTree.MISTAKES)));
            for (Path answer : answers) {
                String starter = starterOf(module, answer);
                for (String body : memberBodies(read(answer))) {
                    if (body.length() >= MIN_LENGTH && !starter.contains(body)) {
                        prints.putIfAbsent(body, course.root().relativize(answer));
                    }
                }
            }
        }
        return prints;
    }

    /** The normalised starter with the answer's class name and package, or "" when there is none. */
    private static String starterOf(Path module, Path answer) throws IOException {
        String text = read(answer);
        Matcher pkg = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;").matcher(text);
        if (!pkg.find()) {
            return "";
        }
        Path starter = module.resolve("src/main/java").resolve(pkg.group(1).replace('.', '/'))
                .resolve(answer.getFileName().toString());
        return Files.isRegularFile(starter) ? normalise(read(starter)) : "";
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static final Pattern THROWS = Pattern.compile("\\)throws[\\w.,]+$");

    private static boolean isMethodBody(String code, int brace) {
        return brace > 0 && (code.charAt(brace - 1) == ')'
                || THROWS.matcher(code.substring(Math.max(0, brace - 200), brace)).find());
    }

    /** Java source without comments and without any whitespace. */
    static String normalise(String source) {
        String noBlock = source.replaceAll("(?s)/\\*.*?\\*/", "");
        String noLine = noBlock.replaceAll("(?m)(^|[^:\"])//.*$", "$1");
        return noLine.replaceAll("\\s+", "");
    }

    /**
     * The normalised bodies of a top-level class's methods and constructors: blocks two braces
     * deep that follow a parameter list or a throws clause (not array initialisers or nested types).
     */
    static List<String> memberBodies(String source) {
        String code = normalise(source);
        List<String> bodies = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' && (i == 0 || code.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
            if (inString || c == '\'' && i + 2 < code.length() && code.charAt(i + 2) == '\'') {
                continue;
            }
            if (c == '{') {
                depth++;
                if (depth == 2) {
                    start = i + 1;
                }
            } else if (c == '}') {
                if (depth == 2 && start >= 0 && isMethodBody(code, start - 1)) {
                    bodies.add(code.substring(start, i));
                }
                depth--;
            }
        }
        return bodies;
    }
}
