package org.socketslab.udp.exercise;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;

/** Exercise udp-4, a classic mistake. */
public final class ConnectedClient implements AutoCloseable {
    public static final int MAX_DATAGRAM = 65_507;

    private final DatagramSocket socket;

    public ConnectedClient(InetSocketAddress server, Duration replyTimeout) throws IOException {
        socket = new DatagramSocket();
        try {
            // From now on the kernel drops datagrams from anyone else, and reports ICMP errors to us.
            socket.connect(server);
            socket.setSoTimeout((int) replyTimeout.toMillis());
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    public byte[] request(byte[] payload) throws IOException {
        socket.send(new DatagramPacket(payload, payload.length)); // no address: the connected peer
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
        socket.receive(reply); // PortUnreachableException if the ICMP error came back
        // Mistake: returns the whole receive buffer, so the reply comes back padded with zeros to 65,507 bytes.
        // Breaks: nothing more
        return buffer;
    }

    @Override
    public void close() {
        socket.close();
    }
}
