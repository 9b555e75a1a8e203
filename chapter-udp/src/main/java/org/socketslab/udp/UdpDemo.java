package org.socketslab.udp;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

/** Starts the UDP echo server on a free port; two clients take turns sending to it; prints the exchange. */
public final class UdpDemo {
    static final List<String> LINES = List.of("hello, datagrams", "no connection needed", "bye");

    private UdpDemo() {
    }

    public static void main(String[] args) throws IOException {
        // tag::demo[]
        // Port 0: any free port.
        try (UdpEchoServer server = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0);
             UdpClient alice = new UdpClient(server.address());
             UdpClient bob = new UdpClient(server.address())) {
            System.out.println("UDP server bound to 127.0.0.1:" + server.address().getPort());
            for (String line : LINES) {
                // One server socket, no accept(): each reply goes where its datagram came from.
                for (UdpClient client : List.of(alice, bob)) {
                    String from = "client on port " + client.localAddress().getPort();
                    System.out.println(from + " sent:     " + line);
                    System.out.println(from + " received: " + client.send(line));
                }
            }
        }
        // end::demo[]
        System.out.println("clients and server closed");
    }
}
