package org.socketslab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The landing page's course map names every exercise as its chapter page does, and only those. */
class CourseMapTest {
    private static final Path SITE = Path.of(System.getProperty("docs.site", "target/site"));

    @Test
    void theMapListsEveryExerciseWithItsTitle() throws IOException {
        Document index = Jsoup.parse(SITE.resolve("index.html").toFile(), "UTF-8");
        List<String> mapped = new ArrayList<>();
        for (Element item : index.select("table.course-map li")) {
            Element link = item.selectFirst("a[href]");
            assertThat(link).as("exercise link in " + item.text()).isNotNull();
            String[] target = link.attr("href").split("#", 2);
            mapped.add(target[1]);
            Document chapter = Jsoup.parse(SITE.resolve(target[0]).toFile(), "UTF-8");
            Element heading = chapter.getElementById(target[1]);
            assertThat(heading).as("section " + link.attr("href")).isNotNull();
            assertThat(item.text()).as("the map's entry for " + target[1]).isEqualTo(heading.text());
        }
        List<String> exercises = new ArrayList<>();
        for (String page : List.of("tcp", "udp", "ipv6", "nonblocking", "options", "framing")) {
            Document chapter = Jsoup.parse(SITE.resolve(page + ".html").toFile(), "UTF-8");
            chapter.select("h3[id]").stream().map(Element::id).filter(id -> id.matches(page + "-[0-9]+"))
                    .forEach(exercises::add);
        }
        assertThat(mapped).as("exercises in the course map").containsExactlyInAnyOrderElementsOf(exercises);
    }
}
