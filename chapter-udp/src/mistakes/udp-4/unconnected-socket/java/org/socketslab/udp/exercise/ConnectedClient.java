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

    private final InetSocketAddress server;
    private final DatagramSocket socket;

    public ConnectedClient(InetSocketAddress server, Duration replyTimeout) throws IOException {
        this.server = server;
        socket = new DatagramSocket();
        try {
            // Mistake: never connects the socket, so the kernel keeps "port unreachable" to itself and lets any sender's datagrams in.
            // Breaks: and connect it to server
            // Breaks: as soon as the system reports it
            // Breaks: A datagram from any other address is never returned
            socket.setSoTimeout((int) replyTimeout.toMillis());
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    public byte[] request(byte[] payload) throws IOException {
        socket.send(new DatagramPacket(payload, payload.length, server));
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
        socket.receive(reply);
        return Arrays.copyOf(buffer, reply.getLength());
    }

    @Override
    public void close() {
        socket.close();
    }
}
