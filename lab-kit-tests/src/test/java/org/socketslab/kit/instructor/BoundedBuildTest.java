package org.socketslab.kit.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedBuildTest {

    @Test
    void aFloodIsCutAndAHangIsStopped(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        long start = System.nanoTime();
        BoundedBuild.Result result = BoundedBuild.run(List.of("/bin/sh", "-c", "head -c 200000 /dev/zero | tr '\\0' x; sleep 60"),
                dir, Duration.ofSeconds(2), 1000);
        assertThat(result.timedOut()).isTrue();
        assertThat(result.status()).isEqualTo(-1);
        // 199000 or a few more: the shell may add a line of its own when it is stopped.
        assertThat(result.output()).startsWith("x".repeat(1000)).containsPattern("\\[… 199\\d{3} more bytes of output left out]");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(50));
    }

    @Test
    void aCommandThatEndsGivesItsStatusAndOutput(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        BoundedBuild.Result result = BoundedBuild.run(List.of("/bin/sh", "-c", "echo done; exit 3"), dir, Duration.ofMinutes(1), 1000);
        assertThat(result).isEqualTo(new BoundedBuild.Result(3, "done\n", false));
    }
}
