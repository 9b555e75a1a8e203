package org.socketslab.book;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader finds a chapter by in the PDF: a bookmark for every chapter and section (the
 * reader's outline pane), and the chapter's title at the top of each of its pages.
 */
final class BookOutline {
    private BookOutline() {
    }

    /** Adds the bookmarks and the running chapter titles to Asciidoctor's HTML book. */
    static void addTo(Document book) {
        Element bookmarks = book.head().appendElement("bookmarks");
        for (Element chapter : book.select("#content > .sect1")) {
            Element heading = chapter.selectFirst("> h2");
            if (heading == null || heading.id().isEmpty()) {
                continue;
            }
            Element mark = bookmark(bookmarks, heading);
            for (Element section : chapter.select("> .sectionbody > .sect2 > h3[id]")) {
                bookmark(mark, section);
            }
            heading.before(new Element("div").addClass("running-chapter").text(heading.text()));
        }
    }

    private static Element bookmark(Element parent, Element heading) {
        return parent.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
    }
}
