package org.socketslab.kit.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeakScanTest {
    private static final String STARTER = """
            package p.exercise;
            public final class Adder {
                /** Adds. */
                public int add(int a, int b) {
                    throw new UnsupportedOperationException("TODO x-1: add the numbers");
                }
                private static String name() { return "adder of two whole numbers, both ints"; }
            }
            """;
    private static final String SOLUTION = """
            package p.exercise;
            public final class Adder {
                public int add(int a, int b) {
                    int sum = Math.addExact(a, b); // overflow is an error
                    return checkedResultOf(sum, "the sum of a and b, checked against the limits of an int");
                }
                private static String name() { return "adder of two whole numbers, both ints"; }
            }
            """;

    private static CourseTree course(Path root) throws IOException {
        write(root.resolve("pom.xml"), "<project/>");
        write(root.resolve("chapter-x/pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("lab-kit"));
        write(root.resolve("chapter-x/src/main/java/p/exercise/Adder.java"), STARTER);
        write(root.resolve("chapter-x/src/solution/java/p/exercise/Adder.java"), SOLUTION);
        return new CourseTree(root);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aSolutionsMethodBodyIsFoundReformattedAndInARenderedPage(@TempDir Path dir) throws IOException {
        LeakScan scan = LeakScan.against(course(dir.resolve("course")));
        Path copy = dir.resolve("copy");
        write(copy.resolve("chapter-x/src/main/java/p/exercise/Adder.java"), STARTER);
        write(copy.resolve("notes/Copied.java"), "class C { int f(int a,int b){ int sum=Math.addExact(a,b);\n"
                + "  /* mine */ return checkedResultOf(sum,\"the sum of a and b, checked against the limits of an int\"); } }");
        write(copy.resolve("docs/page.html"), "<pre><code><span>int</span> sum = Math.addExact(a, b);\n"
                + "return checkedResultOf(sum, &quot;the sum of a and b, checked against the limits of an int&quot;);</code></pre>");
        write(copy.resolve("chapter-x/src/mistakes/x-1/m/java/Readme.txt"), "nothing");

        assertThat(scan.leaks(copy)).containsExactly(
                "chapter-x/src/mistakes: a path of reference solutions or classic mistakes",
                "docs/page.html: contains code of chapter-x/src/solution/java/p/exercise/Adder.java",
                "notes/Copied.java: contains code of chapter-x/src/solution/java/p/exercise/Adder.java");
    }

    @Test
    void onlyMethodBodiesCountNotArrayInitialisers() {
        assertThat(AnswerFingerprints.memberBodies("class A { static final byte[] P = {1, 2};"
                + " int f() throws java.io.IOException { return 1; } A() { } }"))
                .containsExactly("return1;", "");
    }

    @Test
    void whatTheStarterAlreadyHasIsNoLeak(@TempDir Path dir) throws IOException {
        LeakScan scan = LeakScan.against(course(dir.resolve("course")));
        Path copy = dir.resolve("copy");
        write(copy.resolve("chapter-x/src/main/java/p/exercise/Adder.java"), STARTER);
        assertThat(scan.leaks(copy)).isEmpty();
    }

    @Test
    void whatTheCoursePublishesElsewhereIsNoLeak(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("course");
        CourseTree course = course(root);
        // An example of the chapter that shows the same method on purpose, as the chapter's teaching.
        write(root.resolve("chapter-x/src/main/java/p/Example.java"), "package p; class Example { int add(int a, int b) {"
                + " int sum = Math.addExact(a, b); return checkedResultOf(sum, \"the sum of a and b, checked against the limits"
                + " of an int\"); } }");
        assertThatThrownBy(() -> LeakScan.against(course)).as("no answer is left to look for")
                .isInstanceOf(IllegalStateException.class);
    }
}
