package org.socketslab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rendered site holds together: every local link and anchor resolves, and nothing loads from the web. */
class SiteLinksTest {
    private static final Path SITE = Path.of(System.getProperty("docs.site", "target/site"));
    /** Rendered beside this module by docs-book, whose PdfBookTest checks it is where these links point. */
    private static final String BOOK = "sockets-lab.pdf";
    private static final Path ROOT = Path.of(System.getProperty("docs.root", ".."));
    private static final Pattern EXERCISE_DOCS = Pattern.compile("docs\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern FACT_SECTION = Pattern.compile("@DisplayName\\(\"([a-z0-9-]+\\.html#[a-z0-9-]+): ");

    private static final Map<String, Document> pages = new HashMap<>();

    @BeforeAll
    static void parseSite() throws IOException {
        try (Stream<Path> files = Files.walk(SITE)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList())) {
                pages.put(SITE.relativize(page).toString(), Jsoup.parse(page.toFile(), "UTF-8"));
            }
        }
        assertThat(pages).as("pages rendered under " + SITE).containsKeys("index.html", "tcp.html");
    }

    @Test
    void everyLocalLinkAndAnchorResolves() {
        List<String> broken = new ArrayList<>();
        pages.forEach((name, page) -> {
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (!isExternal(href)) {
                    resolve(name, href).ifPresent(problem -> broken.add(name + ": " + href + " (" + problem + ")"));
                }
            }
        });
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void everyLocalImageExists() {
        List<String> missing = new ArrayList<>();
        pages.forEach((name, page) -> {
            for (Element image : page.select("img[src]")) {
                String src = image.attr("src");
                if (!isExternal(src) && !src.startsWith("data:") && !Files.exists(SITE.resolve(name).resolveSibling(src))) {
                    missing.add(name + ": " + src);
                }
            }
        });
        assertThat(missing).as("images the pages show but the site does not have").isEmpty();
    }

    @Test
    void theSiteLoadsNothingFromTheWeb() {
        List<String> external = new ArrayList<>();
        pages.forEach((name, page) -> {
            for (Element resource : page.select("link[href], script[src], img[src], iframe[src]")) {
                String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                if (isExternal(url)) {
                    external.add(name + ": " + resource.tagName() + " " + url);
                }
            }
        });
        assertThat(external).as("resources a reader's browser would fetch from the internet").isEmpty();
    }

    @Test
    void everyPageHasATitleAndNoUnresolvedInclude() {
        pages.forEach((name, page) -> {
            assertThat(page.title()).as(name + " title").isNotBlank();
            assertThat(page.text()).as(name).doesNotContain("Unresolved directive");
        });
    }

    /** Graded-test failures send learners to {@code page#anchor}: every such place must exist. */
    @Test
    void everyExerciseDocsReferenceResolves() throws IOException {
        List<String> references = referencesInTests(EXERCISE_DOCS, source -> true);
        assertThat(references).as("docs references in graded tests").isNotEmpty();
        for (String reference : references) {
            assertThat(resolve("index.html", reference)).as("docs reference " + reference).isEmpty();
        }
    }

    /**
     * Each test in a chapter's {@code *FactsTest} backs a claim of one page section and names it
     * first in its display name ({@code "tcp.html#backlog: …"}): that section must exist, so a
     * fact cannot lose its page, nor a page section its test, without a red build.
     */
    @Test
    void everyFactsTestNamesASectionThatExists() throws IOException {
        List<String> sections = referencesInTests(FACT_SECTION, source -> source.getFileName().toString().endsWith("FactsTest.java"));
        assertThat(sections).as("page sections named by the chapters' facts tests").hasSizeGreaterThan(20);
        for (String section : sections) {
            assertThat(resolve("index.html", section)).as("facts test section " + section).isEmpty();
        }
    }

    /** Every first group of {@code pattern} in the test sources of every chapter that {@code which} accepts. */
    private static List<String> referencesInTests(Pattern pattern, Predicate<Path> which) throws IOException {
        List<String> references = new ArrayList<>();
        try (Stream<Path> chapters = Files.list(ROOT)) {
            for (Path chapter : chapters.filter(p -> p.getFileName().toString().startsWith("chapter-"))
                    .collect(Collectors.toList())) {
                Path tests = chapter.resolve("src/test/java");
                if (!Files.isDirectory(tests)) {
                    continue;
                }
                try (Stream<Path> sources = Files.walk(tests)) {
                    for (Path source : sources.filter(p -> p.toString().endsWith(".java") && which.test(p)).collect(Collectors.toList())) {
                        Matcher m = pattern.matcher(Files.readString(source));
                        while (m.find()) {
                            references.add(m.group(1));
                        }
                    }
                }
            }
        }
        return references;
    }

    private static boolean isExternal(String url) {
        return url.startsWith("http:") || url.startsWith("https:") || url.startsWith("//") || url.startsWith("mailto:");
    }

    /** Empty if {@code href}, seen from page {@code from}, resolves; otherwise what is wrong. */
    private static Optional<String> resolve(String from, String href) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String anchor = hash < 0 ? "" : URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8);
        String target = file.isEmpty() ? from : SITE.relativize(SITE.resolve(from).resolveSibling(file).normalize()).toString();
        Document page = pages.get(target);
        if (page == null) {
            return Files.exists(SITE.resolve(target)) || target.equals(BOOK) ? Optional.empty()
                    : Optional.of("no such file " + target);
        }
        if (!anchor.isEmpty() && page.getElementById(anchor) == null && page.getElementsByAttributeValue("name", anchor).isEmpty()) {
            return Optional.of("no anchor #" + anchor + " in " + target);
        }
        return Optional.empty();
    }
}
