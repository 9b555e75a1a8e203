package org.socketslab.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.SilentCssErrorHandler;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlImage;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;
import org.junit.jupiter.api.Test;

/**
 * Every page of the site, loaded in a real browser engine: HtmlUnit, a headless browser written in
 * Java, so this check runs wherever the JDK does (no browser to install, nothing fetched). It fails
 * on a page that does not render: no content, an unresolved include or attribute, an image or
 * diagram that does not load or does not decode, a stylesheet that does not load, a script error.
 */
class SiteInBrowserTest {
    private static final Path SITE = Path.of(System.getProperty("docs.site", "target/site"));
    /** What Asciidoctor writes in place of an include it could not resolve. */
    private static final Pattern UNRESOLVED_DIRECTIVE = Pattern.compile("Unresolved directive in [^\\n]*");
    /** An attribute reference left as it was written, e.g. {tcp-main}. */
    private static final Pattern UNRESOLVED_ATTRIBUTE = Pattern.compile("\\{[a-z][a-z0-9_-]*\\}");

    @Test
    void everyPageRendersInABrowser() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(SITE)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().collect(Collectors.toList());
        }
        assertThat(pages).as("pages under " + SITE).extracting(p -> p.getFileName().toString())
                .contains("index.html", "tcp.html");

        List<String> problems = new ArrayList<>();
        try (WebClient browser = new WebClient(BrowserVersion.BEST_SUPPORTED)) {
            browser.getOptions().setJavaScriptEnabled(true);
            browser.getOptions().setCssEnabled(true);
            browser.getOptions().setThrowExceptionOnScriptError(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            browser.setJavaScriptErrorListener(new ErrorsOf(problems));
            // What the browser merely frowns at (a CSS property it does not know) is not a failure,
            // and must not print into every learner's build.
            browser.setCssErrorHandler(new SilentCssErrorHandler());
            browser.setIncorrectnessListener((message, origin) -> { });
            for (Path file : pages) {
                String name = SITE.relativize(file).toString();
                HtmlPage page = browser.getPage(file.toUri().toURL());
                browser.waitForBackgroundJavaScript(500);
                check(name, page, browser, problems);
            }
        }
        assertThat(problems).as("pages that do not render as they should").isEmpty();
    }

    private static void check(String name, HtmlPage page, WebClient browser, List<String> problems) throws IOException {
        DomNode content = page.querySelector("#content");
        String text = content == null ? "" : content.getVisibleText();
        if (page.querySelector("h1") == null || text.length() < 200) {
            problems.add(name + ": no content (a title and the page's text)");
        }
        Matcher directive = UNRESOLVED_DIRECTIVE.matcher(page.getBody().getVisibleText());
        while (directive.find()) {
            problems.add(name + ": " + directive.group());
        }
        for (Object node : page.getByXPath("//body//text()[not(ancestor::pre)]")) {
            Matcher attribute = UNRESOLVED_ATTRIBUTE.matcher(((DomNode) node).getTextContent());
            while (attribute.find()) {
                problems.add(name + ": unresolved attribute " + attribute.group());
            }
        }
        for (HtmlElement stylesheet : page.<HtmlElement>getByXPath("//link[@rel='stylesheet']")) {
            URL url = page.getFullyQualifiedUrl(stylesheet.getAttribute("href"));
            WebResponse response = browser.loadWebResponse(new WebRequest(url));
            if (response.getStatusCode() != 200 || response.getContentAsString().isBlank()) {
                problems.add(name + ": stylesheet does not load: " + url);
            }
        }
        for (HtmlImage image : page.<HtmlImage>getByXPath("//img")) {
            checkImage(name, image, problems);
        }
        if (page.querySelector("#toc") != null && page.querySelector("#sl-toc-toggle") == null) {
            problems.add(name + ": the page's script did not run (no contents button)");
        }
    }

    private static void checkImage(String name, HtmlImage image, List<String> problems) throws IOException {
        String src = image.getSrcAttribute();
        WebResponse response = image.getWebResponse(true);
        if (response == null || response.getStatusCode() != 200 || response.getContentLength() == 0) {
            problems.add(name + ": image does not load: " + src);
            return;
        }
        try (InputStream in = response.getContentAsStream()) {
            byte[] bytes = in.readAllBytes();
            if (src.endsWith(".svg")) {
                checkSvg(name, src, bytes, problems);
            } else if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                problems.add(name + ": image does not decode: " + src);
            }
        }
    }

    /** A diagram is an SVG document with a size and something drawn, not PlantUML's error picture. */
    private static void checkSvg(String name, String src, byte[] bytes, List<String> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            org.w3c.dom.Element svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
            String drawn = svg.getTextContent();
            if (!svg.getTagName().equals("svg")) {
                problems.add(name + ": not an SVG: " + src);
            } else if (svg.getElementsByTagName("text").getLength() == 0 && svg.getElementsByTagName("path").getLength() == 0) {
                problems.add(name + ": the SVG draws nothing: " + src);
            } else if (drawn.contains("Syntax Error") || drawn.contains("An error has occured")) {
                problems.add(name + ": the diagram is an error message: " + src);
            }
        } catch (Exception e) {
            problems.add(name + ": the SVG does not parse (" + e.getMessage() + "): " + src);
        }
    }

    /** Collects the browser's script errors as problems of the page they happened on. */
    private static final class ErrorsOf implements JavaScriptErrorListener {
        private final List<String> problems;

        ErrorsOf(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public void scriptException(HtmlPage page, ScriptException e) {
            problems.add(page.getUrl() + ": script error: " + e.getMessage());
        }

        @Override
        public void timeoutError(HtmlPage page, long allowed, long executionTime) {
            problems.add(page.getUrl() + ": script ran over its time: " + executionTime + " ms");
        }

        @Override
        public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
            problems.add(page.getUrl() + ": malformed script URL: " + url);
        }

        @Override
        public void loadScriptError(HtmlPage page, URL scriptUrl, Exception e) {
            problems.add(page.getUrl() + ": script does not load: " + scriptUrl);
        }

        @Override
        public void warn(String message, String sourceName, int line, String lineSource, int lineOffset) {
            // Warnings are not failures.
        }
    }
}
