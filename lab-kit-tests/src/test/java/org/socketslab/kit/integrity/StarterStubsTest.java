package org.socketslab.kit.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untouched copies of a starter keep none of the learner's code, constructors included, and still compile. */
class StarterStubsTest {
    private static final String SOLVED = """
            package org.example.exercise;

            public class Client extends Base {
                private final int attempts;

                public Client(int attempts) {
                    super("client");
                    if (attempts < 1) {
                        throw new IllegalArgumentException("learner's check");
                    }
                    this.attempts = attempts;
                }

                public Client() {
                    this(3);
                }

                public int attempts() {
                    return attempts;
                }
            }

            class Base {
                Base(String name) {
                    System.out.println(name);
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void replacesConstructorBodiesButKeepsTheirSuperOrThisCall() throws IOException {
        Path sources = dir.resolve("src");
        Path starter = sources.resolve("org/example/exercise/Client.java");
        Files.createDirectories(starter.getParent());
        Files.writeString(starter, SOLVED);

        List<Path> stubs = StarterStubs.write(sources, List.of(starter), dir.resolve("stubs"));

        String stub = Files.readString(stubs.get(0));
        assertThat(stub).doesNotContain("learner's check", "this.attempts = attempts", "return attempts",
                "System.out.println")
                .contains("{ super(\"client\"); " + StarterStubs.THROW + " }")
                .contains("{ this(3); " + StarterStubs.THROW + " }");
        new SourceCompiler().compile(dir.resolve("stubs"), List.of(), dir.resolve("classes"));
        assertThat(dir.resolve("classes/org/example/exercise/Client.class")).exists();
    }
}
