package org.socketslab.framing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A newline-delimited protocol: each request line gets one reply line, {@code "OK "} and the
 * request upper-cased; a line over the limit gets {@code "ERR "} and the reason, then the server
 * hangs up.
 */
public final class LineProtocolServer {
    static final String DEFAULT_BIND = "127.0.0.1";
    static final int DEFAULT_PORT = 7011;

    private LineProtocolServer() {
    }

    /** Starts serving on {@code port} (0: any free port); each failed connection is reported to {@code log}. */
    public static ThreadPerConnectionServer start(InetAddress bindAddress, int port, int maxLine, Consumer<String> log)
            throws IOException {
        return ThreadPerConnectionServer.start(bindAddress, port, (in, out) -> answerLines(in, out, maxLine), log);
    }

    // tag::answer-lines[]
    static void answerLines(InputStream socketIn, OutputStream socketOut, int maxLine)
            throws IOException {
        InputStream in = new BufferedInputStream(socketIn);
        OutputStream out = new BufferedOutputStream(socketOut);
        try {
            String line;
            while ((line = LineFraming.readLine(in, maxLine)) != null) {
                reply(out, "OK " + line.toUpperCase(Locale.ROOT));
            }
        } catch (ProtocolException e) {
            reply(out, "ERR " + e.getMessage()); // tell the client why, then hang up
            throw e;
        }
    }
    // end::answer-lines[]

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parseOrExit("LineProtocolServer", args, DEFAULT_BIND, DEFAULT_PORT);
        try (ThreadPerConnectionServer server = start(InetAddress.getByName(options.host()), options.port(),
                LineFraming.DEFAULT_MAX_LINE, System.err::println)) {
            System.out.println("Line protocol server on " + options.host() + ":" + server.address().getPort()
                    + ", lines up to " + LineFraming.DEFAULT_MAX_LINE + " bytes (Ctrl-C to stop; try: nc "
                    + options.host() + " " + server.address().getPort() + ")");
            server.awaitStop();
        } catch (IOException e) {
            System.err.println("LineProtocolServer: cannot listen on " + options.host() + ":" + options.port() + ": " + e);
            System.exit(1);
        }
    }
}
