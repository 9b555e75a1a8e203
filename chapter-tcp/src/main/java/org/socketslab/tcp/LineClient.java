package org.socketslab.tcp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends lines to a line-based server and prints each reply line; stops at end of input. */
public final class LineClient implements AutoCloseable {
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int REPLY_TIMEOUT_MILLIS = 10_000;

    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader replies;

    // tag::connect[]
    public LineClient(InetSocketAddress server) throws IOException {
        socket = new Socket(); // socket()
        try {
            socket.connect(server, CONNECT_TIMEOUT_MILLIS); // connect(): the three-way handshake
            socket.setSoTimeout(REPLY_TIMEOUT_MILLIS); // a read that waits longer throws
            out = socket.getOutputStream();
            // One reader for the whole connection: it keeps bytes that arrived after the first line.
            replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
    // end::connect[]

    // tag::send-line[]
    /** Sends one line and waits for the whole reply line, however many reads it takes. */
    public String send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8)); // write() sends every byte (Java's sendall)
        out.flush();
        String reply = replies.readLine(); // loops over read() until '\n'
        if (reply == null) {
            throw new IOException("the server closed the connection before replying");
        }
        return reply;
    }
    // end::send-line[]

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public static void main(String[] args) {
        Options options = Options.parseOrExit("LineClient", args, EchoServer.DEFAULT_BIND, EchoServer.DEFAULT_PORT);
        BufferedReader keyboard = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream console = System.out;
        try (LineClient client = new LineClient(new InetSocketAddress(options.host(), options.port()))) {
            console.println("Connected to " + options.host() + ":" + options.port() + "; type lines, Ctrl-D to quit.");
            String line;
            while ((line = keyboard.readLine()) != null) {
                console.println(client.send(line));
            }
        } catch (IOException e) {
            // ConnectException when nothing listens there; SocketTimeoutException when no reply comes.
            System.err.println("LineClient: " + options.host() + ":" + options.port() + ": " + e);
            System.exit(1);
        }
    }
}
