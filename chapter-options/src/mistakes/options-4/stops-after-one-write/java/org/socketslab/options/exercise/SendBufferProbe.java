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
            channel.setOption(StandardSocketOptions.SO_SNDBUF, sendBuffer);
            channel.connect(peer); // blocking connect; only the writes must not block
            channel.configureBlocking(false);
            ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
            long total = 0;
            int written;
            // Mistake: one write, and takes what it accepted for all the buffers can hold.
            // Breaks: Keep writing until this socket's send buffer and the peer's receive buffer are full
            written = channel.write(chunk);
            total += written;
            return total;
        }
    }
}
