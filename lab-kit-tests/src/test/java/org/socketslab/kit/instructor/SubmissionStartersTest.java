package org.socketslab.kit.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionStartersTest {
    private static final Path STARTER = Path.of("chapter-tcp/src/main/java/org/socketslab/tcp/exercise/LineExchange.java");
    private static final Path OTHER = Path.of("chapter-tcp/src/main/java/org/socketslab/tcp/exercise/RawHttpClient.java");
    private static final String CODE = "package org.socketslab.tcp.exercise;\nclass LineExchange {}\n";

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void aLooseFileIsFoundByItsPackageAndName(@TempDir Path submission) throws IOException {
        Path file = write(submission.resolve("LineExchange.java"), CODE);
        write(submission.resolve("Notes.java"), "package org.socketslab.tcp.exercise;\n");
        write(submission.resolve("RawHttpClient.java"), "package elsewhere;\n");
        SubmissionStarters.Found found = SubmissionStarters.in(submission, List.of(STARTER, OTHER));
        assertThat(found.files()).isEqualTo(Map.of(STARTER, file));
        assertThat(found.notes()).isEmpty();
    }

    @Test
    void inAWholeRepositoryTheStarterPathWins(@TempDir Path submission) throws IOException {
        Path starter = write(submission.resolve("my-repo").resolve(STARTER.toString()), CODE);
        write(submission.resolve("my-repo/chapter-tcp/src/solution/java/org/socketslab/tcp/exercise/LineExchange.java"), CODE);
        write(submission.resolve("my-repo/chapter-tcp/target/classes/LineExchange.java"), CODE);
        assertThat(SubmissionStarters.in(submission, List.of(STARTER)).files()).isEqualTo(Map.of(STARTER, starter));
    }

    @Test
    void twoLooseCandidatesAreNeitherGuessedNorSilent(@TempDir Path submission) throws IOException {
        write(submission.resolve("a/LineExchange.java"), CODE);
        write(submission.resolve("b/LineExchange.java"), CODE);
        SubmissionStarters.Found found = SubmissionStarters.in(submission, List.of(STARTER));
        assertThat(found.files()).isEmpty();
        assertThat(found.notes()).singleElement().asString().contains("LineExchange.java: 2 files declare it, none graded");
    }
}
