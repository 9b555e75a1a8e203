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
            channel.connect(peer);
            channel.configureBlocking(false);
            ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
            long total = 0;
            int written;
            do {
                chunk.clear();
                written = channel.write(chunk);
                if (written > 0) {
                    // Mistake: counts the whole chunk, although a write may take only part of it.
                    // Breaks: Return the number of bytes the writes accepted
                    total += chunk.capacity();
                }
            } while (written > 0);
            return total;
        }
    }
}
