package org.socketslab.kit.faults;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;

/**
 * One client of a {@link UdpRelay}: its own socket towards the target (as a NAT gives each inside
 * host its own outside port), so the target's replies on it belong to this client and no other.
 */
final class RelayedClient implements AutoCloseable {
    private static final int MAX_DATAGRAM = 65_536;

    private final int index;
    private final DatagramSocket back;
    private final DatagramLane towardsTarget;
    private final DatagramLane towardsClient;

    RelayedClient(int index, SocketAddress client, UdpRelay relay) throws IOException {
        this.index = index;
        InetSocketAddress target = relay.target();
        this.back = new DatagramSocket(null);
        try {
            back.bind(new InetSocketAddress(relay.loopbackLike(target), 0));
            back.connect(target); // only the target's datagrams come in on this socket
        } catch (IOException e) {
            back.close();
            throw e;
        }
        DatagramSocket front = relay.front();
        this.towardsTarget = relay.lane(index, Direction.CLIENT_TO_SERVER,
                datagram -> back.send(new DatagramPacket(datagram, datagram.length)));
        this.towardsClient = relay.lane(index, Direction.SERVER_TO_CLIENT,
                datagram -> front.send(new DatagramPacket(datagram, datagram.length, client)));
    }

    int index() {
        return index;
    }

    DatagramLane towardsTarget() {
        return towardsTarget;
    }

    /** Receives the target's replies to this client and hands them to the client's lane. */
    void relayFromTarget() {
        DatagramPacket packet = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
        while (!back.isClosed()) {
            try {
                back.receive(packet);
            } catch (IOException e) {
                // Closed (the loop ends), or PortUnreachableException: nothing listens at the
                // target yet. Either way there is no reply to relay.
                continue;
            }
            towardsClient.accept(Arrays.copyOf(packet.getData(), packet.getLength()));
        }
    }

    @Override
    public void close() {
        back.close();
    }
}
