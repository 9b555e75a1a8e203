package org.socketslab.kit.instructor;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks through a copy meant for learners (a learner edition, an autograder's course) for any
 * answer: a path of reference solutions or classic mistakes, or a file holding the body of one
 * of their methods, rendered pages included (their text, without the markup).
 */
final class LeakScan {
    private final Map<String, Path> fingerprints;

    LeakScan(Map<String, Path> fingerprints) {
        if (fingerprints.isEmpty()) {
            throw new IllegalStateException("no reference solution found to compare with: run the scan from the"
                    + " instructor's copy of the course");
        }
        this.fingerprints = fingerprints;
    }

    static LeakScan against(CourseTree instructorCopy) throws IOException {
        return new LeakScan(AnswerFingerprints.of(instructorCopy));
    }

    /** One line per leak found under {@code copy}; empty when it is clean. */
    List<String> leaks(Path copy) throws IOException {
        List<String> leaks = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(copy)) {
            files = walk.filter(p -> !p.toString().contains("/.git/")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            String relative = copy.relativize(file).toString();
            if (EditionFiles.isAnswer(relative)) {
                Path parent = copy.relativize(file).getParent();
                if (parent == null || !EditionFiles.isAnswer(parent.toString())) { // the folder once, not all it holds
                    leaks.add(relative + ": a path of reference solutions or classic mistakes");
                }
                continue;
            }
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = textOf(file);
            if (text.isEmpty()) {
                continue;
            }
            String normalised = AnswerFingerprints.normalise(text);
            for (Map.Entry<String, Path> print : fingerprints.entrySet()) {
                if (normalised.contains(print.getKey())) {
                    leaks.add(relative + ": contains code of " + print.getValue());
                    break;
                }
            }
        }
        return leaks;
    }

    /** A page's text: tags removed, the entities a highlighted code block uses turned back into characters. */
    static String pageText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&#8217;", "'").replace("&#8230;", "…").replace("&amp;", "&");
    }

    /** A text file's content (a page's text without markup); "" for binaries. */
    private static String textOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
        String name = file.getFileName().toString();
        return name.endsWith(".html") ? pageText(text) : text;
    }
}
