package org.socketslab.framing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends messages as length-prefixed frames and reads one reply frame for each. */
public final class LengthPrefixedClient implements AutoCloseable {
    static final int TIMEOUT_MILLIS = 5_000;

    private final Socket socket;
    private final InputStream in;
    private final DataOutputStream out;
    private final int maxFrame;

    public LengthPrefixedClient(InetSocketAddress server, int maxFrame) throws IOException {
        this.maxFrame = maxFrame;
        socket = new Socket();
        try {
            socket.connect(server, TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream());
            out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    // tag::exchange[]
    /** Sends one message and returns the reply, however the stream splits or merges them. */
    public byte[] exchange(byte[] message) throws IOException {
        LengthPrefix.write(out, message, maxFrame);
        byte[] reply = LengthPrefix.read(in, maxFrame);
        if (reply == null) {
            throw new EOFException("the server closed the connection before replying");
        }
        return reply;
    }
    // end::exchange[]

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public static void main(String[] args) {
        Options options = Options.parseOrExit("LengthPrefixedClient", args, LengthPrefixedEchoServer.DEFAULT_BIND,
                LengthPrefixedEchoServer.DEFAULT_PORT);
        BufferedReader keyboard = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (LengthPrefixedClient client = new LengthPrefixedClient(
                new InetSocketAddress(options.host(), options.port()), LengthPrefix.DEFAULT_MAX_FRAME)) {
            System.out.println("Connected to " + options.host() + ":" + options.port()
                    + "; each line you type is sent as one frame. Ctrl-D to quit.");
            String line;
            while ((line = keyboard.readLine()) != null) {
                byte[] reply = client.exchange(line.getBytes(StandardCharsets.UTF_8));
                System.out.println("frame of " + reply.length + " bytes: " + new String(reply, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            System.err.println("LengthPrefixedClient: " + options.host() + ":" + options.port() + ": " + e);
            System.exit(1);
        }
    }
}
