package org.socketslab.kit.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class NeverReadingPeerTest {

    @Test
    void stallsOnceNobodyReadsItsBytes() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             NeverReadingPeer peer = NeverReadingPeer.to((InetSocketAddress) listener.getLocalSocketAddress())
                     .sending(new byte[4096], 256L << 20).start();
             Socket accepted = listener.accept()) {
            // The server side reads nothing either: the kernel buffers fill, then the peer's write blocks.
            assertThat(peer.awaitStalled(Duration.ofMillis(200), Duration.ofSeconds(10))).isTrue();
            assertThat(peer.finished()).isFalse();
            assertThat(peer.sent()).as("bytes written before the write blocked").isPositive().isLessThan(256L << 20);
            assertThat(accepted.isConnected()).isTrue();
        }
    }

    @Test
    void doesNotStallWhileTheServerReadsAndKeepsItsWritesInOrder() throws Exception {
        byte[] data = new byte[100_000];
        new Random(4).nextBytes(data);
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             NeverReadingPeer peer = NeverReadingPeer.to((InetSocketAddress) listener.getLocalSocketAddress())
                     .sending(data, 250_000).start();
             Socket accepted = listener.accept()) {
            accepted.setSoTimeout(5_000);
            InputStream in = accepted.getInputStream();
            byte[] got = in.readNBytes(250_000);
            for (int i = 0; i < got.length; i++) {
                assertThat(got[i]).as("byte " + i).isEqualTo(data[i % data.length]);
            }
            assertThat(peer.awaitStalled(Duration.ofMillis(200), Duration.ofSeconds(5))).as("stalled").isFalse();
            assertThat(peer.finished()).isTrue();
            assertThat(peer.sent()).isEqualTo(250_000);
        }
    }

    @Test
    void readsWhenToldToUntilTheServerCloses() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             NeverReadingPeer peer = NeverReadingPeer.to((InetSocketAddress) listener.getLocalSocketAddress())
                     .sending(new byte[1], 1).start()) {
            try (Socket accepted = listener.accept()) {
                accepted.setSoTimeout(5_000);
                assertThat(accepted.getInputStream().read()).as("the peer's one byte").isZero(); // unread, close would reset
                accepted.getOutputStream().write(new byte[100_000]);
            }
            assertThat(peer.readUpTo(1L << 20, Duration.ofSeconds(5))).hasSize(100_000);
            assertThat(peer.endOfStream()).as("the server closed").isTrue();
        }
    }

    @Test
    void halfClosesAfterItsLastByteWhenTold() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             NeverReadingPeer peer = NeverReadingPeer.to((InetSocketAddress) listener.getLocalSocketAddress())
                     .sending(new byte[] {7}, 3).shutdownOutputWhenSent().start();
             Socket accepted = listener.accept()) {
            accepted.setSoTimeout(5_000);
            assertThat(accepted.getInputStream().readAllBytes()).as("the peer's bytes, then its end of stream")
                    .containsExactly(7, 7, 7);
            assertThat(peer.endOfStream()).as("nothing read yet").isFalse();
        }
    }
}
