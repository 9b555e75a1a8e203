package org.socketslab.ipv6;

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
import org.socketslab.kit.faults.Loopback;

@Timeout(10)
class Ipv6DemoTest {

    /** Runs everywhere: without IPv6 the demo must say so, and the docs then show that. */
    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void printsWhatTheServerSawOfEachFamily() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Ipv6Demo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        if (Loopback.ipv6Available()) {
            assertThat(output).contains("server listening on [0:0:0:0:0:0:0:0]:")
                    .containsPattern("client 127\\.0\\.0\\.1:(\\d+) \\(IPv4\\) sent \"hello over IPv4\", received \"hello over IPv4\"\n"
                            + "  server saw peer 127\\.0\\.0\\.1:\\1 \\(IPv4\\)")
                    .containsPattern("client \\[0:0:0:0:0:0:0:1\\]:(\\d+) \\(IPv6\\) sent \"hello over IPv6\", received"
                            + " \"hello over IPv6\"\n  server saw peer \\[0:0:0:0:0:0:0:1\\]:\\1 \\(IPv6\\)")
                    .contains("server closed");
        } else {
            assertThat(output).startsWith(Ipv6Demo.NO_IPV6);
        }
        // The docs show this very output, so the page cannot drift from what the demo prints.
        Path saved = Path.of("target/output/Ipv6Demo.txt");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, output, StandardCharsets.UTF_8);
    }
}
