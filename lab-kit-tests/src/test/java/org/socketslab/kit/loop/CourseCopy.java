package org.socketslab.kit.loop;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.socketslab.kit.integrity.SourceCompiler;

/**
 * A course with one chapter, laid out the way {@code ./lab} finds a real one after the build:
 * {@code chapter-tcp} with one exercise, {@code tcp-1}, whose starter {@code Adder} throws its
 * TODO, and its graded test compiled under {@code target/test-classes}.
 */
final class CourseCopy {
    static final String PACKAGE_DIR = "org/example/exercise";
    static final String STARTER = starter("throw new UnsupportedOperationException(\"TODO tcp-1: add\");");
    static final String WRONG = starter("return a - b; // wrong on purpose");
    static final String RIGHT = starter("return a + b;");

    private final Path root;

    private CourseCopy(Path root) {
        this.root = root;
    }

    static CourseCopy in(Path root) throws IOException {
        CourseCopy course = new CourseCopy(root);
        Path module = root.resolve("chapter-tcp");
        write(course.starter(), STARTER);
        write(module.resolve("src/test/java").resolve(PACKAGE_DIR).resolve("AdderTest.java"), String.join("\n",
                "package org.example.exercise;",
                "import static org.assertj.core.api.Assertions.assertThat;",
                "import org.junit.jupiter.api.*;",
                "import org.socketslab.kit.grading.*;",
                "@Tag(\"tcp-1\")",
                "@Exercise(id = \"tcp-1\", title = \"Adder\", docs = \"tcp.html#tcp-1\")",
                "class AdderTest {",
                "    @Test @DisplayName(\"adds two numbers\")",
                "    void adds(Steps steps) { steps.step(\"called add(2, 3)\"); assertThat(Adder.add(2, 3)).as(\"add(2, 3)\").isEqualTo(5); }",
                "    @Test @DisplayName(\"adds zero\")",
                "    void addsZero() { assertThat(Adder.add(7, 0)).isEqualTo(7); }",
                "}", ""));
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        SourceCompiler javac = new SourceCompiler();
        javac.compile(module.resolve("src/main/java"), classpath, module.resolve("target/classes"));
        classpath.add(module.resolve("target/classes"));
        javac.compile(module.resolve("src/test/java"), classpath, module.resolve("target/test-classes"));
        return course;
    }

    Path root() {
        return root;
    }

    Path starter() {
        return root.resolve("chapter-tcp/src/main/java").resolve(PACKAGE_DIR).resolve("Adder.java");
    }

    Path outcomes() {
        return root.resolve("chapter-tcp/target/grading/outcomes.tsv");
    }

    /** The starter with {@code body} as the body of {@code add}. */
    private static String starter(String body) {
        return "package org.example.exercise;\n\n/** Adds. */\npublic final class Adder {\n"
                + "    public static int add(int a, int b) {\n        " + body + "\n    }\n}\n";
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
