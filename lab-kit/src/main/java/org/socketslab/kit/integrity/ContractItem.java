package org.socketslab.kit.integrity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One requirement of an exercise's contract: an {@code <li>} item of a Javadoc comment in its
 * starter, as plain text. Prose outside list items explains; only items are mapped to the classic
 * mistakes that break them, so each must be one checkable requirement, or say
 * {@code (Not graded: <reason>.)}.
 */
record ContractItem(String starter, String text) {
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<li>(.*?)(?=</li>|<li>|</ul>|</ol>|$)", Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Map<String, String> ENTITIES = Map.of("&lt;", "<", "&gt;", ">", "&amp;", "&", "&nbsp;", " ",
            "&quot;", "\"");
    private static final Pattern ENTITY = Pattern.compile(String.join("|", ENTITIES.keySet()));
    private static final Pattern NOT_GRADED = Pattern.compile("\\(Not graded: (.+?)\\.?\\)");

    /** Every contract item of a starter file, in the order they appear. */
    static List<ContractItem> of(Path starter) throws IOException {
        String source = Files.readString(starter, StandardCharsets.UTF_8);
        String name = starter.getFileName().toString();
        List<ContractItem> items = new ArrayList<>();
        Matcher comment = JAVADOC.matcher(source);
        while (comment.find()) {
            String body = comment.group(1).replaceAll("(?m)^\\s*\\*", " ");
            Matcher item = ITEM.matcher(body);
            while (item.find()) {
                items.add(new ContractItem(name, normalize(item.group(1))));
            }
        }
        return items;
    }

    /** Why the item is not graded, when it says {@code (Not graded: …)}. */
    Optional<String> notGradedReason() {
        Matcher matcher = NOT_GRADED.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Javadoc as a reader sees it: {@code {@code x}} and {@code {@link x}} become x ({@code {@link A label}}
     * becomes label), HTML tags go and the common entities are decoded outside them, white space collapses.
     */
    static String normalize(String javadoc) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javadoc.length()) {
            Matcher tag = HTML_TAG.matcher(javadoc).region(i, javadoc.length());
            Matcher entity = ENTITY.matcher(javadoc).region(i, javadoc.length());
            if (javadoc.startsWith("{@", i)) {
                int end = closingBrace(javadoc, i);
                String[] parts = javadoc.substring(i + 2, end).split("\\s+", 2);
                String content = parts.length > 1 ? parts[1] : "";
                if (parts[0].equals("link") || parts[0].equals("linkplain")) {
                    String[] target = content.strip().split("\\s+", 2);
                    content = target[target.length - 1];
                }
                out.append(content);
                i = end + 1;
            } else if (tag.lookingAt()) {
                i = tag.end();
            } else if (entity.lookingAt()) {
                out.append(ENTITIES.get(entity.group()));
                i = entity.end();
            } else {
                out.append(javadoc.charAt(i++));
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** The index of the brace that closes the inline tag opened at {@code start}, braces nested. */
    private static int closingBrace(String text, int start) {
        int depth = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }
}
