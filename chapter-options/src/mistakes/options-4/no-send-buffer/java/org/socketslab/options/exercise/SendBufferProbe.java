package org.socketslab.options.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** Exercise options-4, a classic mistake. */
public final class SendBufferProbe {
    private SendBufferProbe() {
    }

    public static long absorb(InetSocketAddress peer, int sendBuffer) throws IOException {
        try (SocketChannel channel = SocketChannel.open()) {
            // Mistake: SO_SNDBUF is never set, so Linux grows the send buffer (to megabytes) on its own.
            // Breaks: whose SO_SNDBUF is set to sendBuffer bytes
            channel.connect(peer);
            channel.configureBlocking(false);
            ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
            long total = 0;
            int written;
            do {
                chunk.clear();
                written = channel.write(chunk);
                total += written;
            } while (written > 0);
            return total;
        }
    }
}
