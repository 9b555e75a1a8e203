package org.socketslab.kit.instructor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command with a time limit for all of it, keeping only the first {@code limit} bytes of
 * its output: a learner's code that hangs or prints without end cannot stall or flood grading.
 */
final class BoundedBuild {
    /** How it ended: the exit status (-1 when stopped), the kept output, whether time ran out. */
    record Result(int status, String output, boolean timedOut) {
    }

    private BoundedBuild() {
    }

    static Result run(List<String> command, Path dir, Duration timeLimit, int limit) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> keep(process.getInputStream(), kept, limit), "build-output");
        drain.setDaemon(true);
        drain.start();
        boolean finished = process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        drain.join(TimeUnit.SECONDS.toMillis(10));
        String output;
        synchronized (kept) {
            output = kept.toString(StandardCharsets.UTF_8);
        }
        return new Result(finished ? process.exitValue() : -1, output, !finished);
    }

    /** Reads to the end (so the process never blocks on a full pipe) and keeps the start. */
    private static void keep(InputStream in, ByteArrayOutputStream kept, int limit) {
        byte[] buffer = new byte[8192];
        long dropped = 0;
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (kept) {
                    int room = Math.max(0, limit - kept.size());
                    kept.write(buffer, 0, Math.min(room, n));
                    dropped += n - Math.min(room, n);
                }
            }
        } catch (IOException e) {
            // The process was stopped: what was kept is all there is.
        }
        if (dropped > 0) {
            synchronized (kept) {
                kept.writeBytes(("\n[… " + dropped + " more bytes of output left out]\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
