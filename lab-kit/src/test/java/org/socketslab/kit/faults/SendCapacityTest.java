package org.socketslab.kit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class SendCapacityTest {

    @Test
    void measuresMoreThanTheSmallReceiveBufferAndTheSameFigureTwice() throws IOException {
        long first = SendCapacity.towardAPeerThatDoesNotRead(4096);
        long second = SendCapacity.towardAPeerThatDoesNotRead(4096);
        // The server's send buffer comes on top of the peer's small receive buffer.
        assertThat(first).as("bytes a server's socket took toward a peer that reads nothing").isGreaterThan(8192);
        // Tests send a figure like this plus 32 KiB and rely on it: it must not wander by as much.
        assertThat(Math.abs(first - second)).as("difference between two measurements (%,d and %,d)", first, second)
                .isLessThan(16 * 1024);
    }
}
