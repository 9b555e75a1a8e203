package org.socketslab.options;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs an example's {@code main}, returns what it printed, and saves it where the docs include it from. */
final class DemoOutput {
    interface Main {
        void run(String[] args) throws Exception;
    }

    private DemoOutput() {
    }

    /** Saved as {@code target/output/<name>.txt}, so the page shows what the build really measured. */
    static String capture(String name, Main main, String... args) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run(args);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        Path saved = Path.of("target/output/" + name + ".txt");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, output, StandardCharsets.UTF_8);
        return output;
    }
}
