package org.socketslab.tcp;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

/** Starts the echo server on a free port, talks to it with the line client, prints the exchange. */
public final class EchoDemo {
    static final List<String> LINES = List.of("hello, sockets", "TCP is a byte stream", "bye");

    private EchoDemo() {
    }

    public static void main(String[] args) throws IOException {
        // tag::demo[]
        try (EchoServer server = EchoServer.start(InetAddress.getLoopbackAddress(), 0); // port 0: any free port
             LineClient client = new LineClient(server.address())) {
            System.out.println("server listening on 127.0.0.1:" + server.address().getPort());
            for (String line : LINES) {
                System.out.println("sent:     " + line);
                System.out.println("received: " + client.send(line));
            }
        }
        // end::demo[]
        System.out.println("client and server closed");
    }
}
