package org.socketslab.options;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * Writes to a peer that never reads until a non-blocking write returns 0, for several send buffer
 * sizes: the bytes absorbed are what the two socket buffers hold, the kernel's sizes, not Java's.
 */
public final class NeverReadingPeerDemo {
    static final int PEER_RECEIVE_BUFFER = 64 * 1024;
    static final int[] SEND_BUFFERS = {8 * 1024, 64 * 1024, 256 * 1024};

    private NeverReadingPeerDemo() {
    }

    public static void main(String[] args) throws IOException {
        try (ServerSocket listener = new ServerSocket()) {
            listener.setReceiveBufferSize(PEER_RECEIVE_BUFFER); // before bind: accepted sockets inherit it
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            System.out.printf("peer: SO_RCVBUF requested %,d, reported %,d, and it never reads%n",
                    PEER_RECEIVE_BUFFER, listener.getReceiveBufferSize());
            for (int sendBuffer : SEND_BUFFERS) {
                long absorbed = absorbed(listener, sendBuffer);
                System.out.printf("SO_SNDBUF requested %,7d: %,9d bytes written before write() returned 0%n",
                        sendBuffer, absorbed);
            }
            System.out.printf("SO_SNDBUF left alone:      %,9d bytes (Linux grows an untouched send buffer)%n",
                    absorbed(listener, 0));
        }
    }

    static long absorbed(ServerSocket peer, int sendBuffer) throws IOException {
        try (SocketChannel channel = SocketChannel.open()) {
            if (sendBuffer > 0) {
                channel.setOption(StandardSocketOptions.SO_SNDBUF, sendBuffer);
            }
            channel.connect(peer.getLocalSocketAddress());
            try (Socket neverReads = peer.accept()) {
                return fill(channel);
            }
        }
    }

    // tag::fill[]
    private static long fill(SocketChannel channel) throws IOException {
        channel.configureBlocking(false); // a blocking write would wait here forever
        ByteBuffer chunk = ByteBuffer.allocate(16 * 1024);
        long total = 0;
        while (true) {
            chunk.clear();
            // It may take part of the chunk; 0 means both buffers are full.
            int written = channel.write(chunk);
            if (written == 0) {
                return total;
            }
            total += written;
        }
    }
    // end::fill[]
}
