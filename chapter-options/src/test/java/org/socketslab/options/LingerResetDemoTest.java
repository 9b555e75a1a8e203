package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class LingerResetDemoTest {

    @Test
    void aPlainCloseIsAnEndOfStreamAndLingerZeroAReset() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(LingerResetDemo.closeAndWatch(listener, false)).startsWith("returned -1");
            assertThat(LingerResetDemo.closeAndWatch(listener, true)).startsWith("threw SocketException");
        }
    }

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void printsBothOutcomes() throws Exception {
        String output = DemoOutput.capture("LingerResetDemo", LingerResetDemo::main);
        assertThat(output).contains("close():                     the peer's read returned -1")
                .contains("setSoLinger(true, 0); close: the peer's read threw SocketException");
    }
}
