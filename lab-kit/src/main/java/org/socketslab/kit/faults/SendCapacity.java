package org.socketslab.kit.faults;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many bytes a server's socket on loopback, with the JDK's defaults, takes from
 * {@code write} toward a peer that reads nothing: its send buffer plus the peer's receive
 * buffer, as the kernel sizes them on this machine (a few MiB on Linux).
 *
 * <p>A test that wants echo to wait in a server's own memory at a given moment (a server that
 * loses it then, for example by closing at the client's end of stream, is caught only that way)
 * sends a little more than this, and reads nothing until then. The figure is measured on a
 * socket pair of the test's own, set up like a {@link NeverReadingPeer} and a server's accepted
 * channel: twice, keeping the larger (on a busy machine the kernel may grow the send buffer late
 * and one measurement comes out short), and once per receive buffer size and JVM.
 */
public final class SendCapacity {
    private static final Duration QUIET = Duration.ofMillis(100);
    private static final Map<Integer, Long> MEASURED = new ConcurrentHashMap<>();
    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private SendCapacity() {
    }

    /**
     * Writes to a non-blocking accepted channel until nothing more has been taken for 100 ms
     * (10 s at most), twice, and returns the larger count of bytes taken; the peer asked for {@code receiveBuffer}
     * bytes of SO_RCVBUF before connecting, as {@link NeverReadingPeer.Builder#receiveBuffer} does.
     */
    public static long towardAPeerThatDoesNotRead(int receiveBuffer) throws IOException {
        Long known = MEASURED.get(receiveBuffer);
        if (known != null) {
            return known;
        }
        long larger = Math.max(measure(receiveBuffer), measure(receiveBuffer));
        MEASURED.put(receiveBuffer, larger);
        return larger;
    }

    private static long measure(int receiveBuffer) throws IOException {
        try (ServerSocketChannel listener = ServerSocketChannel.open();
             Socket peer = new Socket()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            peer.setReceiveBufferSize(receiveBuffer);
            peer.connect(listener.getLocalAddress(), 5_000);
            try (SocketChannel server = listener.accept()) {
                server.configureBlocking(false);
                return fill(server);
            }
        }
    }

    private static long fill(SocketChannel server) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
        long taken = 0;
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        long lastProgress = System.nanoTime();
        while (System.nanoTime() - lastProgress < QUIET.toNanos() && System.nanoTime() < deadline) {
            chunk.clear();
            int n = server.write(chunk);
            if (n > 0) {
                taken += n;
                lastProgress = System.nanoTime();
            } else {
                pause();
            }
        }
        return taken;
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while filling the send buffer");
        }
    }
}
