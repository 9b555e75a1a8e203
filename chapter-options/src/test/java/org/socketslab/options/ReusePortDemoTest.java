package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.net.StandardSocketOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class ReusePortDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void bothListenersAcceptAndAThirdWithoutTheOptionIsRefused() throws Exception {
        try (ServerSocket probe = new ServerSocket()) {
            assumeTrue(probe.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT),
                    "SO_REUSEPORT is not supported on " + System.getProperty("os.name"));
        }
        String output = DemoOutput.capture("ReusePortDemo", ReusePortDemo::main, "--port", "0");
        assertThat(output).contains("a third listener without SO_REUSEPORT: BindException")
                .containsPattern("listener 1 accepted [1-9]\\d* of 20 connections")
                .containsPattern("listener 2 accepted [1-9]\\d* of 20 connections");
    }
}
