package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class OptionsTourTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void listsEachKindOfSocketAndWhatABufferRequestGives() throws Exception {
        String output = DemoOutput.capture("OptionsTour", OptionsTour::main);
        assertThat(output).contains("TCP client (SocketChannel, unconnected):", "TCP server (ServerSocketChannel, unbound):",
                "UDP socket (DatagramChannel, unbound):");
        assertThat(output).containsPattern("TCP_NODELAY +false").containsPattern("SO_KEEPALIVE +false");
        // Java hands back the size asked for (on Linux the JDK halves what the kernel reports, which is double).
        assertThat(output).contains("TCP client SO_RCVBUF: requested 100,000, getOption reports 100,000")
                .contains("ServerSocket SO_REUSEADDR=true", "DatagramSocket SO_REUSEADDR=false");
        // The page says a tiny request comes back as the kernel's (larger) minimum.
        String tiny = output.replaceAll("(?s).*TCP client SO_SNDBUF: requested 1,000, getOption reports ([\\d,]+).*", "$1");
        assertThat(Integer.parseInt(tiny.replace(",", ""))).as("SO_SNDBUF after asking for 1,000").isGreaterThan(1_000);
        if (!output.contains("ss is not available")) {
            // The page says Linux allocates twice the size asked for: this is the kernel confirming it.
            assertThat(output).contains("rb200000", "tb200000");
        }
    }

    @Test
    void isTheDemoThatExecJavaRuns() throws Exception {
        // The page and the README say "./mvnw -q -pl chapter-options -am compile exec:java" runs the tour.
        assertThat(Files.readString(Path.of("pom.xml")))
                .contains("<exec.mainClass>" + OptionsTour.class.getName() + "</exec.mainClass>");
    }
}
