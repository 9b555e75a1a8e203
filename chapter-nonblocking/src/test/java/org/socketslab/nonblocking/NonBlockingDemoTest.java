package org.socketslab.nonblocking;

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

@Timeout(30)
class NonBlockingDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void showsBothTimeoutsTheThreeConnectOutcomesAndTheOneThreadServer() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            NonBlockingDemo.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .contains("per-read timeout 1000 ms: got \"a line sent one byte every 40 ms\"")
                .contains("deadline 300 ms: SocketTimeoutException \"no whole line within 300 ms\"")
                .containsPattern(":\\d+ connected after \\d+ ms")
                .containsPattern(":\\d+ failed after \\d+ ms: ConnectException")
                .containsPattern(":\\d+ no answer within 500 ms")
                .contains("one server thread, 200 clients connected, 200 got their line back upper-cased")
                .contains("servers closed");
        Path saved = Path.of("target/output/NonBlockingDemo.txt");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, output, StandardCharsets.UTF_8);
    }
}
