package org.socketslab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PDF book is there and whole, where the site links to it. Asciidoctor PDF itself fails the
 * build (warnings fail it) on a missing include or a diagram it cannot embed; this checks what it
 * wrote. (The docs module's link check leaves the book's links to this test: the book renders
 * beside that module, not before it.)
 */
class PdfBookTest {
    private static final Path SITE = Path.of(System.getProperty("docs.site", "../docs/target/site"));
    private static final Path BOOK = SITE.resolve("sockets-lab.pdf");
    private static final Path PAGES = Path.of(System.getProperty("docs.root", ".."), "docs/src/docs/asciidoc");
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");

    @Test
    void theBookHoldsTheWholeCourse() throws IOException {
        assertThat(BOOK).as("the PDF book").exists();
        byte[] bytes = Files.readAllBytes(BOOK);
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(raw).as("a PDF file").startsWith("%PDF-");
        long pages = PAGE.matcher(raw).results().count();
        assertThat(pages).as("pages of the book: every chapter, not a stub").isGreaterThan(100);
    }

    @Test
    void theSiteLinksToTheBookBesideItsPages() throws IOException {
        assertThat(Files.readString(PAGES.resolve("index.adoc"))).as("the landing page")
                .contains("link:" + BOOK.getFileName());
        assertThat(Files.readString(PAGES.resolve("_partials/docinfo-header.html"))).as("the course bar of every page")
                .contains("href=\"" + BOOK.getFileName() + "\"");
    }
}
