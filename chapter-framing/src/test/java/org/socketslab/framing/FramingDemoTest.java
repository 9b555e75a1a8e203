package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class FramingDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void printsTheExchangeAndTheRejectedHostilePrefix() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            FramingDemo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        for (String message : FramingDemo.MESSAGES) {
            assertThat(output).contains("received a frame of " + message.length() + " bytes: \"" + message + "\"");
        }
        assertThat(output)
                .contains("sent 100000 bytes, received a frame of 100000 bytes")
                .containsPattern("server: +client 127\\.0\\.0\\.1:\\d+: frame length 2147483647 exceeds the maximum 1048576")
                .contains("read end of stream: the server hung up")
                .contains("the first client is still served: \"still there?\"")
                .contains("client and server closed");
        // The server's report comes before the hostile client sees the end of stream.
        assertThat(output.indexOf("exceeds the maximum")).isLessThan(output.indexOf("the server hung up"));
        // The docs show this very output, so the page cannot drift from what the demo prints.
        Path saved = Path.of("target/output/FramingDemo.txt");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, output, StandardCharsets.UTF_8);
    }
}
