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
            // Mistake: the channel stays blocking, so the write that finds the buffers full waits forever.
            // Breaks: Never block: write in non-blocking mode
            channel.connect(peer);
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
