package org.socketslab.udp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Sends a datagram to a UDP port where nothing listens, unconnected then connected, and times the failures. */
public final class ConnectedUdpDemo {
    static final int TIMEOUT_MILLIS = 1_000;

    private ConnectedUdpDemo() {
    }

    public static void main(String[] args) throws IOException {
        try (DatagramSocket holder = portNobodyAnswers()) {
            InetSocketAddress nobody = (InetSocketAddress) holder.getLocalSocketAddress();
            System.out.println("nothing listens on UDP " + nobody.getAddress().getHostAddress() + ":" + nobody.getPort());
            try (DatagramSocket unconnected = new DatagramSocket()) {
                System.out.println("unconnected socket: " + tryOnce(unconnected, nobody));
            }
            // tag::connect[]
            try (DatagramSocket connected = new DatagramSocket()) {
                connected.connect(nobody); // no packet is sent: the kernel just remembers the peer
                System.out.println("connected socket:   " + tryOnce(connected, nobody));
            }
            // end::connect[]
        }
    }

    // tag::try-once[]
    /** Sends one datagram, waits for a reply; says how and when the wait ended. */
    static String tryOnce(DatagramSocket socket, InetSocketAddress to) throws IOException {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        byte[] ping = {'p', 'i', 'n', 'g'};
        socket.send(new DatagramPacket(ping, ping.length, to)); // succeeds either way
        long start = System.nanoTime();
        try {
            socket.receive(new DatagramPacket(new byte[100], 100));
            return "a reply?";
        } catch (IOException e) {
            // Connected: the ICMP "port unreachable" comes back as PortUnreachableException.
            // Unconnected: the kernel keeps that news to itself, so we wait for the timeout.
            long millis = (System.nanoTime() - start) / 1_000_000;
            return e.getClass().getSimpleName() + " after " + millis + " ms";
        }
    }
    // end::try-once[]

    /**
     * Keeps a loopback UDP port where nobody answers. A port merely let go could be taken by
     * another program meanwhile; this one stays bound, but its socket is connected to itself, so
     * the kernel finds no socket for anyone else's datagram and answers "port unreachable".
     */
    static DatagramSocket portNobodyAnswers() throws IOException {
        DatagramSocket holder = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        holder.connect(holder.getLocalSocketAddress());
        return holder;
    }
}
