package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Collects a server's one-line reports, so a test can wait for the next one, or check there is none. */
final class ServerLog implements Consumer<String> {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    @Override
    public void accept(String line) {
        lines.add(line);
    }

    /** The next report, waiting up to 3 s for it. */
    String next() throws InterruptedException {
        String line = lines.poll(3, TimeUnit.SECONDS);
        assertThat(line).as("the server's next one-line report").isNotNull();
        assertThat(line).as("a report is one line").doesNotContain("\n");
        return line;
    }

    void assertEmpty() {
        assertThat(lines).as("reports nobody expected").isEmpty();
    }
}
