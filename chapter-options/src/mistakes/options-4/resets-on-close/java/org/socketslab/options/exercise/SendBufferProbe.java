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
            // Mistake: linger 0, to be sure close() does not wait; it throws the unsent bytes away and resets.
            // Breaks: Close it gracefully
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            channel.connect(peer); // blocking connect; only the writes must not block
            channel.configureBlocking(false);
            ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
            long total = 0;
            int written;
            do {
                chunk.clear();
                written = channel.write(chunk); // a partial write is not "full": only 0 is
                total += written;
            } while (written > 0);
            return total;
        }
    }
}
