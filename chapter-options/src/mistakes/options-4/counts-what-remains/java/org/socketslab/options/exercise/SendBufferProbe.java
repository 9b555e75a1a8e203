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
            do {
                chunk.clear();
                written = channel.write(chunk);
                // Mistake: adds what the write left in the buffer, not what it took, as soon as a write is partial.
                // Breaks: exactly what the peer will receive when it reads
                total += chunk.hasRemaining() ? chunk.remaining() : written;
            } while (written > 0);
            return total;
        }
    }
}
