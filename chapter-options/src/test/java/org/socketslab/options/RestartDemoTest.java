package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class RestartDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void restartFailsWithoutReuseAddressAndWorksWithJavasDefault() throws Exception {
        // Port 0 here; run by hand, the demo uses its own port, 7014.
        String output = DemoOutput.capture("RestartDemo", RestartDemo::main, "--port", "0");
        assertThat(output).containsPattern("server listening on 127\\.0\\.0\\.1:\\d+, SO_REUSEADDR true")
                .contains("restart without SO_REUSEADDR: BindException")
                .containsPattern("restart as Java does by default \\(SO_REUSEADDR true\\): listening again on port \\d+");
        String port = output.replaceAll("(?s).*server listening on 127\\.0\\.0\\.1:(\\d+),.*", "$1");
        assertThat(output).as("the same port").contains("listening again on port " + port);
    }
}
