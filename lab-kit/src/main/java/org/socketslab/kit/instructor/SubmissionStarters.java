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
 * Finds a learner's starters in what they uploaded: the starter files alone, in any folders, or a
 * whole learner-edition repository. A file counts when its package and name are a starter's;
 * nothing else of a submission (tests, POMs) ever reaches the graded course.
 */
final class SubmissionStarters {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

    /** Starter (relative to the course) → the learner's file; and what could not be matched. */
    record Found(Map<Path, Path> files, List<String> notes) {
    }

    private SubmissionStarters() {
    }

    static Found in(Path submission, List<Path> starters) throws IOException {
        Map<Path, Path> files = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<Path> uploaded = CourseTree.javaFiles(submission).stream()
                .filter(p -> !p.toString().replace('\\', '/').contains("/target/")).toList();
        for (Path starter : starters) {
            String key = packagePath(starter);
            List<Path> candidates = new ArrayList<>();
            for (Path file : uploaded) {
                if (file.getFileName().toString().equals(starter.getFileName().toString())
                        && key.equals(declaredPackage(file) + "/" + file.getFileName())) {
                    candidates.add(file);
                }
            }
            // A whole repository may hold the same class elsewhere (a solution folder): its starter path wins.
            List<Path> atStarterPath = candidates.stream().filter(c -> c.endsWith(starter)).toList();
            List<Path> chosen = atStarterPath.isEmpty() ? candidates : atStarterPath;
            if (chosen.size() == 1) {
                files.put(starter, chosen.get(0));
            } else if (chosen.size() > 1) {
                notes.add(starter.getFileName() + ": " + chosen.size() + " files declare it, none graded: "
                        + chosen.stream().map(submission::relativize).toList());
            }
        }
        return new Found(files, notes);
    }

    /** {@code org/socketslab/tcp/exercise/RawHttpClient.java} from a starter's path under src/main/java. */
    private static String packagePath(Path starter) {
        String path = starter.toString().replace('\\', '/');
        return path.substring(path.indexOf("src/main/java/") + "src/main/java/".length());
    }

    private static String declaredPackage(Path file) throws IOException {
        Matcher m = PACKAGE.matcher(Files.readString(file, StandardCharsets.ISO_8859_1));
        return m.find() ? m.group(1).replace('.', '/') : "";
    }
}
