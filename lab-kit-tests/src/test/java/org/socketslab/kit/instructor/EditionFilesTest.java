package org.socketslab.kit.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionFilesTest {

    @Test
    void keepsSourcesAndLeavesOutAnswersHistoryAndBuildOutput(@TempDir Path root) throws IOException {
        for (String file : new String[] {"pom.xml", "mvnw", ".mvn/wrapper/maven-wrapper.properties",
                "chapter-x/src/main/java/p/exercise/A.java", "chapter-x/src/test/java/p/exercise/ATest.java",
                "chapter-x/src/solution/java/p/exercise/A.java", "chapter-x/src/mistakes/x-1/m/java/p/exercise/A.java",
                "chapter-x/target/integrity/x-1-mistakes.adoc", ".git/HEAD", "chapter-x/.git", ".idea/misc.xml", "lab-kit/A.class",
                "lab-kit/lab-kit.iml"}) {
            Path p = root.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        assertThat(EditionFiles.of(root)).map(Path::toString).containsExactly(".mvn/wrapper/maven-wrapper.properties",
                "chapter-x/src/main/java/p/exercise/A.java", "chapter-x/src/test/java/p/exercise/ATest.java", "mvnw",
                "pom.xml");
    }

    @Test
    void anAnswerIsAnyPathThroughSolutionOrMistakes() {
        assertThat(EditionFiles.isAnswer("chapter-tcp/src/solution/java/A.java")).isTrue();
        assertThat(EditionFiles.isAnswer("chapter-tcp/src/mistakes")).isTrue();
        assertThat(EditionFiles.isAnswer("chapter-tcp/src/mutation/equivalent-mutants.tsv")).isTrue();
        assertThat(EditionFiles.isAnswer("chapter-tcp/src/main/java/solution/A.java")).isFalse();
    }
}
