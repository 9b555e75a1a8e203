package org.socketslab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PDF book is there and whole. Asciidoctor PDF itself fails the build (warnings fail it) on a
 * missing include or a diagram it cannot embed; this checks what it wrote.
 */
class PdfBookTest {
    private static final Path BOOK = Path.of(System.getProperty("docs.site", "target/site"), "sockets-lab.pdf");
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
}
