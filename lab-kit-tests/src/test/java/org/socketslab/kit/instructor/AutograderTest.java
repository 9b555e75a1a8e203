package org.socketslab.kit.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutograderTest {

    @Test
    void theCompilersMessagesAboutAChapterAreKeptWithShortPaths() {
        String log = """
                [ERROR] COMPILATION ERROR :
                [ERROR] /autograder/work/course/chapter-tcp/src/main/java/org/socketslab/tcp/exercise/LineExchange.java:[12,9] cannot find symbol
                [ERROR] /autograder/work/course/chapter-udp/src/main/java/X.java:[1,1] class, interface expected
                [ERROR] Failed to execute goal …
                """;
        assertThat(Autograder.compilerErrors("chapter-tcp", log)).containsExactly(
                "chapter-tcp/src/main/java/org/socketslab/tcp/exercise/LineExchange.java:[12,9] cannot find symbol");
    }

    @Test
    void whenGradingCannotEvenStartTheLearnerStillGetsResults(@TempDir Path root) throws Exception {
        Autograder.writeBrokenResults(root.resolve("results/results.json"), "no source/ folder");
        assertThat(Files.readString(root.resolve("results/results.json")))
                .contains("\"score\": 0", "no source/ folder", "Please tell your instructor");
    }
}
