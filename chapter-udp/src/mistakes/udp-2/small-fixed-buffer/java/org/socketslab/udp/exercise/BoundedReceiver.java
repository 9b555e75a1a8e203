package org.socketslab.udp.exercise;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;

/** Exercise udp-2, a classic mistake. */
public final class BoundedReceiver {
    public static final int MAX_UDP_PAYLOAD = 65_507;

    private final DatagramSocket socket;
    private final int maxBytes;
    private final byte[] buffer = new byte[1024];

    public BoundedReceiver(DatagramSocket socket, int maxBytes) {
        if (maxBytes < 0 || maxBytes > MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException("maxBytes must be from 0 to " + MAX_UDP_PAYLOAD + ", got " + maxBytes);
        }
        this.socket = socket;
        this.maxBytes = maxBytes;
    }

    public Datagram receive() throws IOException {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        // Mistake: a small fixed buffer, "big enough for our messages", silently cuts every larger datagram, and nothing checks the limit.
        // Breaks: not even cut down to size
        return new Datagram((InetSocketAddress) packet.getSocketAddress(), Arrays.copyOf(buffer, packet.getLength()));
    }

    public record Datagram(InetSocketAddress sender, byte[] data) {
    }

    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }
}
