package org.socketslab.kit.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditionRewritesTest {

    @Test
    void theChapterProfileIsActivatedByTheFrozenFragments() {
        String pom = "<activation><file>" + EditionRewrites.CHAPTER_ACTIVATION + "</file></activation>";
        assertThat(EditionRewrites.parentPom(pom)).contains("<exists>${basedir}/src/integrity</exists>")
                .doesNotContain("solution");
        assertThatThrownBy(() -> EditionRewrites.parentPom("<project/>")).hasMessageContaining("exactly one");
    }

    @Test
    void docsTakeTheFrozenMistakesAndLoseTheAttributesOfSolutions() {
        String attributes = """
                :tcp-main: {root}/chapter-tcp/src/main/java/org/socketslab/tcp
                :tcp-solution: {root}/chapter-tcp/src/solution/java/org/socketslab/tcp/exercise
                :tcp-integrity: {root}/chapter-tcp/target/integrity
                :tcp-output: {root}/chapter-tcp/target/output
                """;
        assertThat(EditionRewrites.docsAttributes(attributes, List.of("chapter-tcp"))).isEqualTo("""
                :tcp-main: {root}/chapter-tcp/src/main/java/org/socketslab/tcp
                :tcp-integrity: {root}/chapter-tcp/src/integrity
                :tcp-output: {root}/chapter-tcp/target/output
                :learner-edition:
                """);
        assertThatThrownBy(() -> EditionRewrites.docsAttributes(attributes, List.of("chapter-tcp", "chapter-options")))
                .hasMessageContaining("[chapter-options]");
    }

    @Test
    void theReadmeKeepsItsFirstCommandsOnTop() {
        String readme = "# Sockets Lab\n\n```sh\n./mvnw verify\n```\n\nText.\n";
        assertThat(EditionRewrites.readme(readme)).startsWith("# Sockets Lab\n\n```sh\n./mvnw verify\n```\n\n> This is the learner edition")
                .endsWith("Text.\n");
    }
}
