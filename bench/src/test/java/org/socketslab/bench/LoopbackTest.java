package org.socketslab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoopbackTest {
    @Test
    void acceptsTheWholeIpv4LoopbackRangeAndIpv6Loopback() throws Exception {
        assertThat(Loopback.require("127.0.0.1").isLoopbackAddress()).isTrue();
        assertThat(Loopback.require("127.3.4.5").isLoopbackAddress()).isTrue();
        assertThat(Loopback.require("::1").isLoopbackAddress()).isTrue();
    }

    @Test
    void refusesAnyOtherAddress() {
        for (String other : new String[] {"10.0.0.1", "192.168.1.1", "0.0.0.0", "::", "128.0.0.1", "::ffff:10.0.0.1"}) {
            assertThatThrownBy(() -> Loopback.require(other)).as(other)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only targets loopback");
        }
    }

    @Test
    void theGeneratorRefusesANonLoopbackTargetBeforeOpeningAnything() throws Exception {
        InetSocketAddress remote = new InetSocketAddress(InetAddress.getByName("10.1.2.3"), 7);
        assertThatThrownBy(() -> new LoadGenerator.Plan(remote, 1, 64, 1, Duration.ofSeconds(1), Duration.ZERO,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGeneratorIsBoundedInConnectionsAndTime() {
        InetSocketAddress local = new InetSocketAddress(InetAddress.getLoopbackAddress(), 7);
        assertThatThrownBy(() -> new LoadGenerator.Plan(local, 100_000, 64, 1, Duration.ofSeconds(1), Duration.ZERO,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoadGenerator.Plan(local, 1, 64, 1, Duration.ofSeconds(1), Duration.ZERO,
                Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
