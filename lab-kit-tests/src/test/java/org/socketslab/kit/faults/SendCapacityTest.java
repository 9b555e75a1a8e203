package org.socketslab.kit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class SendCapacityTest {

    @Test
    void measuresMoreThanTheSmallReceiveBufferOncePerJvm() throws IOException {
        long first = SendCapacity.towardAPeerThatDoesNotRead(4096);
        // The server's send buffer comes on top of the peer's small receive buffer.
        assertThat(first).as("bytes a server's socket took toward a peer that reads nothing").isGreaterThan(8192);
        assertThat(SendCapacity.towardAPeerThatDoesNotRead(4096)).as("the same question again").isEqualTo(first);
    }
}
