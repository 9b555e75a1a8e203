package org.socketslab.framing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.util.function.Consumer;

/** Echoes length-prefixed frames: every frame a client sends comes back as one frame, unchanged. */
public final class LengthPrefixedEchoServer {
    static final String DEFAULT_BIND = "127.0.0.1";
    static final int DEFAULT_PORT = 7010;

    private LengthPrefixedEchoServer() {
    }

    /** Starts serving on {@code port} (0: any free port); each failed connection is reported to {@code log}. */
    public static ThreadPerConnectionServer start(InetAddress bindAddress, int port, int maxFrame, Consumer<String> log)
            throws IOException {
        return ThreadPerConnectionServer.start(bindAddress, port, (in, out) -> echoFrames(in, out, maxFrame), log);
    }

    // tag::echo-frames[]
    static void echoFrames(InputStream socketIn, OutputStream socketOut, int maxFrame)
            throws IOException {
        InputStream in = new BufferedInputStream(socketIn);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socketOut));
        byte[] frame;
        while ((frame = LengthPrefix.read(in, maxFrame)) != null) { // null: the client is done
            LengthPrefix.write(out, frame, maxFrame);
        }
    }
    // end::echo-frames[]

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parseOrExit("LengthPrefixedEchoServer", args, DEFAULT_BIND, DEFAULT_PORT);
        try (ThreadPerConnectionServer server = start(InetAddress.getByName(options.host()), options.port(),
                LengthPrefix.DEFAULT_MAX_FRAME, System.err::println)) {
            System.out.println("Length-prefixed echo server on " + options.host() + ":" + server.address().getPort()
                    + ", frames up to " + LengthPrefix.DEFAULT_MAX_FRAME + " bytes (Ctrl-C to stop)");
            server.awaitStop();
        } catch (IOException e) {
            System.err.println("LengthPrefixedEchoServer: cannot listen on " + options.host() + ":" + options.port()
                    + ": " + e);
            System.exit(1);
        }
    }
}
