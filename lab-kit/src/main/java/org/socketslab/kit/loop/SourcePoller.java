package org.socketslab.kit.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Tells when a chapter's sources were saved, by comparing each {@code .java} file's modification
 * time and size with the previous look.
 *
 * <p>Why polling and not {@code WatchService}: the JDK's watcher is native on Linux and Windows
 * but polls on macOS, every 10 s on JDK 17 (2 s with an internal modifier), far from the second
 * the loop promises. Looking at a chapter's few dozen files every {@value #INTERVAL_MILLIS} ms
 * costs a directory walk and a stat per file, reacts within a second on every system, and
 * behaves the same everywhere, so the loop has no platform where change events come late
 * (network drives and containers' bind mounts, where native events may never come, included).
 */
final class SourcePoller {
    /** How often the watch loop looks; a save is seen within this time, plus one look to let the editor finish writing. */
    static final long INTERVAL_MILLIS = 200;

    private final Path sources;
    private Map<Path, String> last;

    SourcePoller(Path sources) {
        this.sources = sources;
        this.last = snapshot();
    }

    /** Whether a source was saved, added or deleted since the previous call (or since creation). */
    boolean changed() {
        Map<Path, String> now = snapshot();
        boolean changed = !now.equals(last);
        last = now;
        return changed;
    }

    private Map<Path, String> snapshot() {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.put(p, stamp(p)));
        } catch (NoSuchFileException e) {
            return files; // the folder is gone (being replaced by a checkout): no sources, for now
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look at " + sources, e);
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof NoSuchFileException)) {
                throw e;
            }
        }
        return files;
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.lastModifiedTime() + ":" + a.size(); // FileTime keeps the nanoseconds the file system has
        } catch (NoSuchFileException e) {
            return "deleted"; // an editor's save that renames a temporary file over it, half done
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
