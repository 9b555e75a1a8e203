package org.socketslab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each exercise's "Requirements" list on its chapter page names exactly the graded tests, as the
 * integrity check recorded them ({@code chapter-*}{@code /target/integrity/<exercise>-tests.txt}; in a
 * learner edition, which has no integrity check, as they were frozen into {@code src/integrity/}).
 */
class ExerciseRequirementsTest {
    private static final Path SITE = Path.of(System.getProperty("docs.site", "target/site"));
    private static final Path ROOT = Path.of(System.getProperty("docs.root", ".."));

    @Test
    void everyRequirementListMatchesTheGradedTests() throws IOException {
        List<Path> recorded;
        try (Stream<Path> files = Files.list(ROOT)) {
            recorded = files.filter(p -> p.getFileName().toString().startsWith("chapter-"))
                    .map(ExerciseRequirementsTest::integrityFolder)
                    .flatMap(java.util.Optional::stream)
                    .flatMap(ExerciseRequirementsTest::testLists)
                    .sorted().collect(Collectors.toList());
        }
        assertThat(recorded).as("graded test lists written by the integrity check").isNotEmpty();
        for (Path list : recorded) {
            String exercise = list.getFileName().toString().replace("-tests.txt", "");
            String page = list.getParent().getParent().getParent().getFileName().toString().replace("chapter-", "") + ".html";
            Document html = Jsoup.parse(SITE.resolve(page).toFile(), "UTF-8");
            Element heading = html.getElementById(exercise);
            assertThat(heading).as(page + " has a section #" + exercise).isNotNull();
            List<String> documented = requirementsUnder(heading);
            assertThat(documented).as("requirements of " + exercise + " in " + page)
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(list, StandardCharsets.UTF_8));
        }
    }

    private static java.util.Optional<Path> integrityFolder(Path chapter) {
        return Stream.of("target/integrity", "src/integrity").map(chapter::resolve).filter(Files::isDirectory).findFirst();
    }

    private static Stream<Path> testLists(Path integrity) {
        try {
            return Files.list(integrity).filter(p -> p.getFileName().toString().endsWith("-tests.txt"))
                    .collect(Collectors.toList()).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The items of the list under the "Requirements" heading inside the exercise's section. */
    private static List<String> requirementsUnder(Element exerciseHeading) {
        Element section = exerciseHeading.parent();
        Element requirements = section.select("h4").stream()
                .filter(h -> h.text().equals("Requirements")).findFirst()
                .orElseThrow(() -> new AssertionError("no Requirements heading under #" + exerciseHeading.id()));
        return requirements.parent().select("li").eachText();
    }
}
