package org.socketslab.kit.instructor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.socketslab.kit.grading.PointsOverrides;

/**
 * Writes a Gradescope autograder zip: {@code setup.sh} and {@code run_autograder} at its root (as
 * Gradescope's specification asks), the instructor's settings, and {@code course/}, a learner
 * edition of the course, so the zip holds the graded tests and lab-kit but no answer.
 */
final class AutograderZip {
    static final String POINTS_FILE = "points.properties";
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private final CourseTree course;

    AutograderZip(CourseTree course) {
        this.course = course;
    }

    void write(Path zip, AutograderSettings settings, Path pointsFile) throws IOException {
        for (String chapter : settings.chapters()) {
            if (!course.chapters().contains(chapter)) {
                throw new IllegalArgumentException("no chapter " + chapter + "; the chapters are " + course.chapters());
            }
        }
        if (pointsFile != null) { // a bad file fails now, not on Gradescope
            PointsOverrides.load(pointsFile).checkKnown(exerciseIds(settings.chapters()));
        }
        Path staging = Files.createTempDirectory("autograder-");
        try {
            Path edition = staging.resolve("course");
            new LearnerEdition(course).writeTo(edition);
            List<String> leaks = LeakScan.against(course).leaks(edition);
            if (!leaks.isEmpty()) {
                throw new IllegalStateException("the autograder's course would leak answers:\n  " + String.join("\n  ", leaks));
            }
            Files.writeString(staging.resolve("setup.sh"), resource("setup.sh")
                    .replace("@CHAPTERS@", String.join(",", settings.chapters())), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve("run_autograder"), resource("run_autograder"), StandardCharsets.UTF_8);
            settings.write(staging.resolve(AutograderSettings.FILE));
            if (pointsFile != null) {
                Files.copy(pointsFile, staging.resolve(POINTS_FILE));
            }
            zip(staging, zip.toAbsolutePath().normalize());
        } finally {
            deleteTree(staging);
        }
    }

    /** The exercises of the chapters, as their last integrity check listed their graded tests. */
    private Set<String> exerciseIds(List<String> chapters) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String chapter : chapters) {
            Path integrity = course.root().resolve(chapter).resolve("target/integrity");
            if (Files.isDirectory(integrity)) {
                try (Stream<Path> files = Files.list(integrity)) {
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("-tests.txt"))
                            .forEach(n -> ids.add(n.substring(0, n.length() - "-tests.txt".length())));
                }
            }
        }
        return ids;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AutograderZip.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("lab-kit is missing its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Zips {@code dir}'s content, keeping Unix permissions (so mvnw and the scripts stay executable). */
    private static void zip(Path dir, Path zip) throws IOException {
        Files.deleteIfExists(zip);
        Files.createDirectories(zip.getParent());
        URI uri = URI.create("jar:" + zip.toUri());
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of("create", "true", "enablePosixFileAttributes", "true"));
             Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                if (p.equals(dir)) {
                    continue;
                }
                Path entry = fs.getPath("/").resolve(dir.relativize(p).toString().replace('\\', '/'));
                if (Files.isDirectory(p)) {
                    Files.createDirectories(entry);
                    continue;
                }
                Files.copy(p, entry);
                String name = p.getFileName().toString();
                if (Files.isExecutable(p) || name.equals("setup.sh") || name.equals("run_autograder") || name.equals("mvnw")) {
                    Files.setPosixFilePermissions(entry, EXECUTABLE);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
