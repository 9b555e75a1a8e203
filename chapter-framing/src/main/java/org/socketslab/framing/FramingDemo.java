package org.socketslab.framing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the length-prefixed echo server on a free port, exchanges frames of several sizes with
 * the client, then plays a hostile peer that announces a 2 GiB frame, and shows the server
 * reject it.
 */
public final class FramingDemo {
    static final List<String> MESSAGES = List.of("hello, frames", "", "TCP keeps no message boundaries");
    static final int BIG = 100_000;
    private static final int MAX = LengthPrefix.DEFAULT_MAX_FRAME;

    private FramingDemo() {
    }

    public static void main(String[] args) throws IOException {
        // tag::demo[]
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ThreadPerConnectionServer server = LengthPrefixedEchoServer.start(loopback, 0, MAX,
                     problem -> System.out.println("server:   " + problem)); // its one-line reports
             LengthPrefixedClient client = new LengthPrefixedClient(server.address(), MAX)) {
            System.out.println("server listening on 127.0.0.1:" + server.address().getPort()
                    + ", frames up to " + MAX + " bytes");
            for (String message : MESSAGES) {
                String reply = text(client.exchange(message.getBytes(StandardCharsets.UTF_8)));
                System.out.println("sent " + message.length() + " bytes, received a frame of "
                        + reply.length() + " bytes: \"" + reply + "\"");
            }
            byte[] reply = client.exchange(new byte[BIG]); // many TCP segments, still one frame
            System.out.println("sent " + BIG + " bytes, received a frame of " + reply.length + " bytes");

            System.out.println("hostile:  sent the prefix 7f ff ff ff and read "
                    + sendHostilePrefix(server.address()));

            reply = client.exchange("still there?".getBytes(StandardCharsets.UTF_8));
            System.out.println("the first client is still served: \"" + text(reply) + "\"");
        }
        // end::demo[]
        System.out.println("client and server closed");
    }

    /** Announces a frame of 2^31 - 1 bytes, sends no payload, and says what came back. */
    private static String sendHostilePrefix(InetSocketAddress server) throws IOException {
        try (Socket hostile = new Socket(server.getAddress(), server.getPort())) {
            hostile.setSoTimeout(5_000);
            hostile.getOutputStream().write(ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).array());
            return hostile.getInputStream().read() == -1 ? "end of stream: the server hung up" : "a reply";
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
