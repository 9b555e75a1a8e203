package org.socketslab.kit.faults;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.leaks.OpenSockets;

@Timeout(10)
class DribblingPeerTest {

    private static Socket connect(DribblingPeer peer) throws IOException {
        Socket socket = new Socket();
        socket.connect(peer.address(), 2_000);
        socket.setSoTimeout(2_000);
        return socket;
    }

    @Test
    void sendsItsBytesOneReadAtATimeThenCloses() throws IOException {
        byte[] hello = "hello\n".getBytes(US_ASCII);
        try (DribblingPeer peer = DribblingPeer.sending(hello).interval(Duration.ofMillis(20)).start();
             Socket socket = connect(peer)) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[64];
            StringBuilder got = new StringBuilder();
            int reads = 0;
            int n;
            while ((n = in.read(buffer)) != -1) {
                got.append(new String(buffer, 0, n, US_ASCII));
                reads++;
            }
            assertThat(got).hasToString("hello\n");
            // One read per byte when the reader keeps up; a reader the machine stalls for longer than
            // the interval finds two or more waiting, so only "several reads" is certain.
            assertThat(reads).as("reads: the peer writes one byte at a time, %d ms apart", 20).isGreaterThan(1);
            assertThat(peer.connectionsAccepted()).isEqualTo(1);
        }
    }

    @Test
    void aPerReadTimeoutLongerThanTheIntervalNeverFires() throws IOException {
        try (DribblingPeer peer = DribblingPeer.sending(new byte[] {'x'}).interval(Duration.ofMillis(10)).endless().start();
             Socket socket = connect(peer)) {
            socket.setSoTimeout(1_000); // each read waits 10 ms, far below 1 s
            InputStream in = socket.getInputStream();
            long start = System.nanoTime();
            int bytes = 0;
            while (System.nanoTime() - start < Duration.ofMillis(300).toNanos()) {
                assertThat(in.read()).isEqualTo('x');
                bytes++;
            }
            assertThat(bytes).as("bytes in 300 ms, one every 10 ms").isBetween(3, 40);
        }
    }

    @Test
    void closeEndsEveryConnectionAndReleasesItsSockets() throws IOException {
        OptionalInt before = OpenSockets.count();
        DribblingPeer peer = DribblingPeer.sending(new byte[] {'x'}).interval(Duration.ofMillis(10)).endless().start();
        try (Socket socket = connect(peer)) {
            assertThat(socket.getInputStream().read()).isEqualTo('x');
            peer.close();
            peer.close();
            InputStream in = socket.getInputStream();
            int n;
            do {
                n = in.read(); // what was already sent, then the end
            } while (n != -1);
        }
        assertThat(OpenSockets.count()).isEqualTo(before);
    }

    @Test
    void refusesNothingToSendAndAddressesOffThisMachine() throws IOException {
        assertThatThrownBy(() -> DribblingPeer.sending(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        InetAddress documentation = InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1});
        assertThatThrownBy(() -> DribblingPeer.sending(new byte[1]).on(documentation))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a loopback address");
    }
}
