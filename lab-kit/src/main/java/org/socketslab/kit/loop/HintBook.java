package org.socketslab.kit.loop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exercise's hints, read from the chapter's page source ({@code docs/src/docs/asciidoc/<chapter>.adoc}),
 * the one place they are written: the {@code ==== Hints} subsection of the exercise's
 * {@code === <id>: …} section holds one {@code [%collapsible]} example block per hint. AsciiDoc
 * markup is stripped to plain text for the terminal.
 */
final class HintBook {
    private static final Pattern XREF = Pattern.compile("<<([^,>]+)(?:,\\s*([^>]+))?>>");
    private static final Pattern LINK = Pattern.compile("(?:xref|link):([^\\[\\s]+)\\[([^\\]]*)\\]");
    private static final Pattern PASSTHROUGH = Pattern.compile("`\\+(.+?)\\+`");
    private static final Pattern BOLD = Pattern.compile("\\*([^*\\s](?:[^*]*[^*\\s])?)\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w])_([^_\\s](?:[^_]*[^_\\s])?)_(?![\\w])");

    private HintBook() {
    }

    /** The hints of exercise {@code id} in {@code page}, in order; empty when it has none. */
    static List<String> of(Path page, String id) throws IOException {
        return parse(Files.readAllLines(page, StandardCharsets.UTF_8), id);
    }

    static List<String> parse(List<String> lines, String id) {
        List<String> hints = new ArrayList<>();
        boolean inExercise = false;
        boolean inHints = false;
        StringBuilder hint = null;
        for (String line : lines) {
            if (hint != null) {
                if (line.strip().equals("====")) {
                    hints.add(hint.toString().strip());
                    hint = null;
                } else if (!line.startsWith(".") && !line.startsWith("[")) {
                    hint.append(plain(line)).append('\n');
                }
            } else if (line.startsWith("== ") || line.startsWith("=== ")) {
                inExercise = line.matches("===\\s+" + Pattern.quote(id) + "(?::|\\s|$).*");
                inHints = false;
            } else if (line.startsWith("==== ")) {
                inHints = inExercise && line.substring(5).strip().equalsIgnoreCase("Hints");
            } else if (inHints && line.strip().equals("====")) {
                hint = new StringBuilder();
            }
        }
        return hints;
    }

    /** The text of one line without AsciiDoc's markup: bold, italics, monospace, cross references. */
    static String plain(String line) {
        String text = XREF.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) != null ? m.group(2) : "the section " + m.group(1)));
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2).isEmpty() ? m.group(1) : m.group(2)));
        text = BOLD.matcher(text).replaceAll("$1");
        text = ITALIC.matcher(text).replaceAll("$1");
        text = PASSTHROUGH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return text.replace("`", "");
    }
}
