package org.socketslab.book;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Turns the course's one-page HTML book (Asciidoctor's rendering of {@code _book.adoc}, styled by
 * {@code book.css}) into the PDF book: A4 pages, the contents with page numbers, bookmarks, the
 * diagrams as vector drawings, the fonts embedded. A warning of the renderer (an image it cannot
 * load, a font it cannot read, a rule it does not understand) fails it, as a warning fails the
 * site's build.
 *
 * <p>Usage: {@code PdfBook book.html book.pdf fonts-dir}
 */
public final class PdfBook {
    /** Strong references: java.util.logging forgets the level of a logger nobody holds. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private PdfBook() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: PdfBook BOOK.html OUT.pdf FONTS-DIR");
            System.exit(2);
        }
        List<String> warnings = render(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        if (!warnings.isEmpty()) {
            System.err.println("The PDF book has " + warnings.size() + " problem(s):");
            warnings.forEach(w -> System.err.println("  " + w));
            System.exit(1);
        }
    }

    /** Renders {@code html} into {@code pdf}; returns the renderer's warnings (none is the goal). */
    public static List<String> render(Path html, Path pdf, Path fonts) throws IOException {
        WarningLog warnings = WarningLog.install();
        quietPdfBox();
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        BookOutline.addTo(page);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useSVGDrawer(new BatikSVGDrawer())
                    .withProducer("Sockets Lab")
                    .withW3cDocument(new W3CDom().fromJsoup(page), html.getParent().toUri().toString())
                    .toStream(out);
            for (BookFont font : BookFont.values()) {
                builder.useFont(font.file(fonts).toFile(), font.family(), font.weight(), font.style(), true);
            }
            builder.run();
        }
        return warnings.warnings();
    }

    /** PDFBox's notes on the system's fonts: the book embeds its own, so they are noise here. */
    private static void quietPdfBox() {
        for (String library : List.of("org.apache.pdfbox", "org.apache.fontbox")) {
            Logger logger = Logger.getLogger(library);
            logger.setLevel(Level.SEVERE);
            QUIETED.add(logger);
        }
    }

    /** The fonts the book embeds: files unpacked from the asciidoctorj-pdf artifact (SIL Open Font License). */
    enum BookFont {
        SANS("Noto Sans", "notosans-regular-subset.ttf", 400, FontStyle.NORMAL),
        SANS_BOLD("Noto Sans", "notosans-bold-subset.ttf", 700, FontStyle.NORMAL),
        SANS_ITALIC("Noto Sans", "notosans-italic-subset.ttf", 400, FontStyle.ITALIC),
        SANS_BOLD_ITALIC("Noto Sans", "notosans-bold_italic-subset.ttf", 700, FontStyle.ITALIC),
        MONO("M+ 1mn", "mplus1mn-regular-subset.ttf", 400, FontStyle.NORMAL),
        MONO_BOLD("M+ 1mn", "mplus1mn-bold-subset.ttf", 700, FontStyle.NORMAL),
        MONO_ITALIC("M+ 1mn", "mplus1mn-italic-subset.ttf", 400, FontStyle.ITALIC),
        MONO_BOLD_ITALIC("M+ 1mn", "mplus1mn-bold_italic-subset.ttf", 700, FontStyle.ITALIC),
        // Glyphs the others lack (東京, arrows), in any weight: one face stands for all.
        FALLBACK("M+ 1p Fallback", "mplus1p-regular-fallback.ttf", 400, FontStyle.NORMAL),
        FALLBACK_BOLD("M+ 1p Fallback", "mplus1p-regular-fallback.ttf", 700, FontStyle.NORMAL);

        private final String family;
        private final String fileName;
        private final int weight;
        private final FontStyle style;

        BookFont(String family, String fileName, int weight, FontStyle style) {
            this.family = family;
            this.fileName = fileName;
            this.weight = weight;
            this.style = style;
        }

        String family() {
            return family;
        }

        int weight() {
            return weight;
        }

        FontStyle style() {
            return style;
        }

        Path file(Path fonts) throws IOException {
            Path file = fonts.resolve(fileName);
            if (!Files.isRegularFile(file)) {
                throw new IOException("font " + file + " is missing (the build unpacks it from asciidoctorj-pdf)");
            }
            return file;
        }
    }
}
