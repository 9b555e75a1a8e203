package org.socketslab.kit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.grading.RequiresIpv6Loopback;
import org.socketslab.kit.leaks.OpenSockets;

@Timeout(10)
class HungConnectEndpointTest {

    private static void assertConnectTimesOut(HungConnectEndpoint hung) throws IOException {
        try (Socket socket = new Socket()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> socket.connect(hung.address(), 200)).isInstanceOf(SocketTimeoutException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the timeout").isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void aConnectToTheIpv4EndpointHangsUntilItsTimeout() throws IOException {
        try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start()) {
            assertThat(hung.address().getAddress()).isEqualTo(Loopback.ipv4());
            assertThat(hung.fillers()).isPositive();
            assertConnectTimesOut(hung);
            assertConnectTimesOut(hung); // and again: a timed-out connect does not free a place
        }
    }

    @Test
    @RequiresIpv6Loopback
    void aConnectToTheIpv6EndpointHangsUntilItsTimeout() throws IOException {
        try (HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv6()).start()) {
            assertThat(hung.address().getAddress()).isEqualTo(Loopback.ipv6());
            assertConnectTimesOut(hung);
        }
    }

    @Test
    void closeReleasesEverySocketAndThePortAndIsIdempotent() throws IOException {
        OptionalInt before = OpenSockets.count();
        HungConnectEndpoint hung = HungConnectEndpoint.on(Loopback.ipv4()).start(); // starts no thread at all
        hung.close();
        hung.close();
        assertThat(OpenSockets.count()).as("open sockets after close()").isEqualTo(before);
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(hung.address(), 2_000))
                    .as("nothing listens there any more").isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void refusesAnAddressThatIsNotLoopback() throws IOException {
        InetAddress documentation = InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1});
        assertThatThrownBy(() -> HungConnectEndpoint.on(documentation))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a loopback address");
    }
}
