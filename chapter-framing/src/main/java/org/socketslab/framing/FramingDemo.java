package org.socketslab.framing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs the length-prefixed echo server on a free port, exchanges frames of several sizes with the
 * client, then plays a hostile peer that announces a 2 GiB frame, and shows the server reject it.
 */
public final class FramingDemo {
    static final List<String> MESSAGES = List.of("hello, frames", "", "TCP keeps no message boundaries");
    static final int BIG = 100_000;

    private FramingDemo() {
    }

    public static void main(String[] args) throws IOException {
        // tag::demo[]
        try (ThreadPerConnectionServer server = LengthPrefixedEchoServer.start(InetAddress.getLoopbackAddress(), 0,
                     LengthPrefix.DEFAULT_MAX_FRAME, problem -> System.out.println("server:   " + problem));
             LengthPrefixedClient client = new LengthPrefixedClient(server.address(), LengthPrefix.DEFAULT_MAX_FRAME)) {
            System.out.println("server listening on 127.0.0.1:" + server.address().getPort()
                    + ", frames up to " + LengthPrefix.DEFAULT_MAX_FRAME + " bytes");
            for (String message : MESSAGES) {
                byte[] reply = client.exchange(message.getBytes(StandardCharsets.UTF_8));
                System.out.println("sent " + message.length() + " bytes, received a frame of " + reply.length
                        + " bytes: \"" + new String(reply, StandardCharsets.UTF_8) + "\"");
            }
            byte[] reply = client.exchange(new byte[BIG]); // far more than one TCP segment, still one frame
            System.out.println("sent " + BIG + " bytes, received a frame of " + reply.length + " bytes");

            // A hostile peer: a length prefix of 2^31 - 1 bytes, and no payload.
            try (Socket hostile = new Socket(server.address().getAddress(), server.address().getPort())) {
                hostile.setSoTimeout(5_000);
                hostile.getOutputStream().write(ByteBuffer.allocate(4).putInt(Integer.MAX_VALUE).array());
                InputStream in = hostile.getInputStream();
                System.out.println("hostile:  sent the prefix 7f ff ff ff and read "
                        + (in.read() == -1 ? "end of stream: the server hung up" : "a reply"));
            }
            reply = client.exchange("still there?".getBytes(StandardCharsets.UTF_8));
            System.out.println("the first client is still served: \"" + new String(reply, StandardCharsets.UTF_8) + "\"");
        }
        // end::demo[]
        System.out.println("client and server closed");
    }
}
