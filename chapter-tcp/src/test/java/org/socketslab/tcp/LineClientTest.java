package org.socketslab.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.ChunkingProxy;

@Timeout(10)
class LineClientTest {

    @Test
    void readsWholeRepliesEvenWhenTheyArriveByteByByte() throws IOException {
        try (EchoServer server = EchoServer.start(InetAddress.getLoopbackAddress(), 0);
             ChunkingProxy proxy = ChunkingProxy.to(server.address()).seed(7).pieces(1, 1)
                     .delay(Duration.ofMillis(1)).start();
             LineClient client = new LineClient(proxy.address())) {
            assertThat(client.send("one byte at a time")).isEqualTo("ONE BYTE AT A TIME");
            assertThat(client.send("second")).isEqualTo("SECOND");
        }
    }

    @Test
    void failsFastWhenNothingListens() throws IOException {
        InetSocketAddress closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = (InetSocketAddress) probe.getLocalSocketAddress();
        }
        assertThatThrownBy(() -> new LineClient(closedPort)).isInstanceOf(ConnectException.class);
    }
}
