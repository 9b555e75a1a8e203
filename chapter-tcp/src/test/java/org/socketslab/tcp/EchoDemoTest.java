package org.socketslab.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class EchoDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void printsTheUpperCasedExchange() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EchoDemo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        for (String line : EchoDemo.LINES) {
            assertThat(output).contains("sent:     " + line).contains("received: " + line.toUpperCase(Locale.ROOT));
        }
        assertThat(output).contains("client and server closed");
        // The docs show this very output, so the page cannot drift from what the demo prints.
        Path saved = Path.of("target/output/EchoDemo.txt");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, output, StandardCharsets.UTF_8);
    }
}
