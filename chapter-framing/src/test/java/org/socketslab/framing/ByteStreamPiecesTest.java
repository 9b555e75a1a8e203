package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.ChunkingProxy;

/**
 * Shows what TCP does to message boundaries: the same three writes, read directly, through a
 * proxy that splits them and through one that merges them. The docs include the record of a real
 * run, {@code target/output/ByteStreamPieces.txt}.
 */
@Timeout(15)
class ByteStreamPiecesTest {
    static final List<String> WRITES = List.of("hello\n", "how are you?\n", "bye\n");

    /** Sends the writes through {@code proxy} and returns the pieces the receiving side's read() calls got. */
    private static List<String> readsThrough(ChunkingProxy.Builder proxy, ServerSocket receiver) throws IOException {
        try (ChunkingProxy running = proxy.start();
             Socket sender = new Socket(running.address().getAddress(), running.address().getPort());
             Socket accepted = receiver.accept()) {
            accepted.setSoTimeout(3_000);
            OutputStream out = sender.getOutputStream();
            for (String write : WRITES) {
                out.write(write.getBytes(StandardCharsets.US_ASCII)); // three separate write() calls
            }
            sender.shutdownOutput();
            return pieces(accepted.getInputStream());
        }
    }

    private static List<String> pieces(InputStream in) throws IOException {
        List<String> pieces = new ArrayList<>();
        byte[] buffer = new byte[1024];
        int n;
        while ((n = in.read(buffer)) != -1) {
            pieces.add(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        return pieces;
    }

    private static String show(List<String> pieces) {
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            line.append('[').append(piece.replace("\n", "\\n")).append(']');
        }
        return line.toString();
    }

    @Test
    void threeWritesComeOutSplitOrMergedButTheBytesStayTheSame() throws IOException {
        String all = String.join("", WRITES);
        try (ServerSocket receiver = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            var target = new java.net.InetSocketAddress(receiver.getInetAddress(), receiver.getLocalPort());
            List<String> split = readsThrough(ChunkingProxy.to(target).seed(11).pieces(1, 5)
                    .delay(Duration.ofMillis(2)), receiver);
            List<String> merged = readsThrough(ChunkingProxy.to(target).seed(11)
                    .merge(1024, Duration.ofMillis(100)), receiver);
            assertThat(String.join("", split)).as("the bytes, split").isEqualTo(all);
            assertThat(String.join("", merged)).as("the bytes, merged").isEqualTo(all);
            assertThat(split.size()).as("reads of the split stream").isGreaterThan(WRITES.size());
            assertThat(merged.size()).as("reads of the merged stream").isLessThan(WRITES.size());

            String record = String.join("\n",
                    "the sender's 3 write() calls:",
                    "  " + show(WRITES),
                    "",
                    "the receiver's read() calls, through a proxy that splits (1-5 bytes per piece):",
                    "  " + show(split),
                    "",
                    "the receiver's read() calls, through a proxy that merges:",
                    "  " + show(merged),
                    "");
            Path saved = Path.of("target/output/ByteStreamPieces.txt");
            Files.createDirectories(saved.getParent());
            Files.writeString(saved, record, StandardCharsets.UTF_8);
        }
    }
}
