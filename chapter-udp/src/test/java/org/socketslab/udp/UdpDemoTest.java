package org.socketslab.udp;

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
class UdpDemoTest {

    /** Runs a demo's main and returns what it printed. */
    static String capture(ThrowingMain main) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** The docs show these very outputs, so the page cannot drift from what the demos print. */
    static void save(String name, String output) throws Exception {
        Path saved = Path.of("target/output/" + name);
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, output, StandardCharsets.UTF_8);
    }

    interface ThrowingMain {
        void run() throws Exception;
    }

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void bothClientsGetTheirOwnUpperCasedReplies() throws Exception {
        String output = capture(() -> UdpDemo.main(new String[0]));
        for (String line : UdpDemo.LINES) {
            assertThat(output.split("sent:     " + line, -1)).as("two clients sent " + line).hasSize(3);
            assertThat(output.split("received: " + line.toUpperCase(Locale.ROOT), -1)).hasSize(3);
        }
        assertThat(output).contains("clients and server closed");
        save("UdpDemo.txt", output);
    }
}
