package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class KeepaliveDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void setsTheTimersAndShowsWhatTheKernelArmed() throws Exception {
        String output = DemoOutput.capture("KeepaliveDemo", KeepaliveDemo::main, "--port", "0");
        assertThat(output).contains("before: SO_KEEPALIVE false")
                .contains("after:  SO_KEEPALIVE true, idle 30 s, interval 5 s, probes 3");
        if (!output.contains("ss is not available")) {
            assertThat(output).as("ss reports the keepalive timer").containsPattern("timer:\\(keepalive,\\d+(\\.\\d+)?sec,0\\)");
        }
    }
}
