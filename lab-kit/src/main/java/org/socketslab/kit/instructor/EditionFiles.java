package org.socketslab.kit.instructor;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which files of the instructor's repository go into a learner edition: the sources, never the
 * answers (reference solutions, classic mistakes, mutation records), the history, build output or an IDE's files.
 */
final class EditionFiles {
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", ".idea", ".vscode", ".settings");
    private static final Set<String> SKIPPED_FILES = Set.of(".classpath", ".project", "instructor-kit-check");

    private EditionFiles() {
    }

    /** Whether the file or folder at {@code relative} (to the course root) belongs in the edition. */
    static boolean belongs(Path relative, boolean folder) {
        String path = relative.toString().replace('\\', '/');
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        if (isAnswer(path) || name.equals(".git")) { // a worktree's .git is a file pointing at the history
            return false;
        }
        if (folder) {
            return !SKIPPED_FOLDERS.contains(name);
        }
        return !SKIPPED_FILES.contains(name) && !name.endsWith(".class") && !name.endsWith(".iml");
    }

    /** A path inside a chapter's reference solutions, classic mistakes or mutation records. */
    static boolean isAnswer(String path) {
        String slashed = "/" + path.replace('\\', '/') + "/";
        return slashed.contains("/" + CourseTree.SOLUTION + "/") || slashed.contains("/" + CourseTree.MISTAKES + "/")
                || slashed.contains("/" + CourseTree.MUTATION + "/");
    }

    /** The files to copy, relative to {@code root}. */
    static List<Path> of(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || belongs(root.relativize(dir), true)
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && belongs(root.relativize(file), false)) {
                    files.add(root.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
