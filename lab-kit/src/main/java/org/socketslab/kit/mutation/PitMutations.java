package org.socketslab.kit.mutation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads PIT's {@code mutations.xml} for one chapter and ties each mutant to its exercise (the
 * {@code @Exercise(id = …)} of the graded test {@code FooTest} of the reference {@code Foo}) and to
 * the text of the line it changed in {@code src/solution/java}.
 */
final class PitMutations {
    private static final Pattern EXERCISE_ID = Pattern.compile("@Exercise\\s*\\(\\s*id\\s*=\\s*\"([^\"]+)\"");

    private final Path chapter;
    private final Map<String, String> exerciseOfClass = new HashMap<>();
    private final Map<Path, List<String>> sourceLines = new HashMap<>();

    private PitMutations(Path chapter) {
        this.chapter = chapter;
    }

    static List<Mutant> read(Path mutationsXml, Path chapter) throws IOException {
        return new PitMutations(chapter).parse(mutationsXml);
    }

    private List<Mutant> parse(Path mutationsXml) throws IOException {
        NodeList nodes;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            nodes = factory.newDocumentBuilder().parse(mutationsXml.toFile()).getElementsByTagName("mutation");
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(mutationsXml + ": not a PIT mutations report: " + e.getMessage(), e);
        }
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element m = (Element) nodes.item(i);
            String qualified = text(m, "mutatedClass");
            int dot = qualified.lastIndexOf('.');
            String packageName = dot < 0 ? "" : qualified.substring(0, dot);
            String className = qualified.substring(dot + 1);
            int line = Integer.parseInt(text(m, "lineNumber"));
            String mutator = text(m, "mutator");
            mutants.add(new Mutant(exerciseOf(packageName, className), className, text(m, "mutatedMethod"), line,
                    mutator.substring(mutator.lastIndexOf('.') + 1), collapse(text(m, "description")),
                    lineText(packageName, text(m, "sourceFile"), line), m.getAttribute("status"),
                    Boolean.parseBoolean(m.getAttribute("detected"))));
        }
        return mutants;
    }

    private String exerciseOf(String packageName, String className) throws IOException {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        String cached = exerciseOfClass.get(outer);
        if (cached == null) {
            Path test = chapter.resolve("src/test/java").resolve(packageName.replace('.', '/'))
                    .resolve(outer + "Test.java");
            Optional<String> id = Optional.empty();
            if (Files.exists(test)) {
                Matcher matcher = EXERCISE_ID.matcher(Files.readString(test, StandardCharsets.UTF_8));
                id = matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
            }
            cached = id.orElse(outer); // no graded test of that name: the class stands for itself
            exerciseOfClass.put(outer, cached);
        }
        return cached;
    }

    private String lineText(String packageName, String sourceFile, int line) throws IOException {
        Path relative = Path.of(packageName.replace('.', '/')).resolve(sourceFile);
        Path source = chapter.resolve("src/solution/java").resolve(relative);
        if (!Files.exists(source)) {
            source = chapter.resolve("src/main/java").resolve(relative);
        }
        if (!Files.exists(source)) {
            return "";
        }
        List<String> lines = sourceLines.get(source);
        if (lines == null) {
            lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            sourceLines.put(source, lines);
        }
        return line >= 1 && line <= lines.size() ? collapse(lines.get(line - 1)) : "";
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }

    /** One line, single spaces, no tabs: fit for a field of a tab-separated file. */
    static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
