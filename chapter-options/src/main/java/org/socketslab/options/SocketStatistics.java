package org.socketslab.options;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What Linux's {@code ss} tool says about one established TCP connection: the kernel's view, not Java's. */
final class SocketStatistics {
    private SocketStatistics() {
    }

    /**
     * Runs {@code ss <flags> state established ( sport = :localPort )}, indented for printing, or
     * says why it could not ({@code ss} is Linux only).
     */
    static String of(int localPort, String flags) throws InterruptedException {
        try {
            Process ss = new ProcessBuilder("ss", flags, "state", "established", "( sport = :" + localPort + " )")
                    .redirectErrorStream(true).start();
            String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ss.waitFor(5, TimeUnit.SECONDS)) {
                ss.destroy();
                return "  (ss did not answer)\n";
            }
            return output.indent(2);
        } catch (IOException e) {
            return "  (ss is not available here: " + e.getMessage() + ")\n";
        }
    }
}
