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
    // One byte more than the limit: a datagram that fills it was larger than the limit.
    private final byte[] buffer;

    public BoundedReceiver(DatagramSocket socket, int maxBytes) {
        // Mistake: checks only the upper bound, so a negative limit is taken.
        // Breaks: maxBytes must be from 0 to
        if (maxBytes > MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException("maxBytes must be from 0 to " + MAX_UDP_PAYLOAD + ", got " + maxBytes);
        }
        this.socket = socket;
        this.maxBytes = maxBytes;
        this.buffer = new byte[Math.max(0, maxBytes + 1)];
    }

    public Datagram receive() throws IOException {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        if (packet.getLength() > maxBytes) {
            throw new TooLargeException("a datagram from " + packet.getSocketAddress() + " was larger than the limit of "
                    + maxBytes + " bytes");
        }
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
