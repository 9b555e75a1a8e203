package org.socketslab.ipv6;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Connects to an echo server over IPv6, by default at {@code ::1}, and prints each reply line. */
public final class Ipv6EchoClient implements AutoCloseable {
    static final String DEFAULT_HOST = "::1";
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    static final int REPLY_TIMEOUT_MILLIS = 10_000;
    static final String NO_IPV6_HINT = ". Does this machine have IPv6? `ip -6 addr show lo` should list ::1,"
            + " and Java must not run with -Djava.net.preferIPv4Stack=true. Otherwise use IPv4, 127.0.0.1.";

    private final Socket socket;
    private final OutputStream out;
    private final BufferedReader replies;

    // tag::connect[]
    public Ipv6EchoClient(InetAddress server, int port) throws IOException {
        if (!(server instanceof Inet6Address)) { // the address's class decides the family, nothing else
            throw new IllegalArgumentException(server + " is not an IPv6 address");
        }
        socket = new Socket(); // no family yet: Java picks it when it sees the address
        try {
            socket.connect(new InetSocketAddress(server, port), CONNECT_TIMEOUT_MILLIS); // an IPv6 socket
            socket.setSoTimeout(REPLY_TIMEOUT_MILLIS);
            out = socket.getOutputStream();
            replies = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
    // end::connect[]

    /** Sends one line and returns the reply line. */
    public String send(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        String reply = replies.readLine();
        if (reply == null) {
            throw new IOException("the server closed the connection before replying");
        }
        return reply;
    }

    /** The local end: an IPv6 address, here {@code ::1}. */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    public static void main(String[] args) {
        Options options = Options.parseOrExit("Ipv6EchoClient", args, DEFAULT_HOST, DualStackEchoServer.DEFAULT_PORT);
        InetAddress server;
        try {
            // A literal such as ::1 is parsed, never looked up; brackets are optional here.
            server = InetAddress.getByName(options.host());
        } catch (IOException e) {
            System.err.println("Ipv6EchoClient: " + e.getMessage());
            System.exit(2);
            return;
        }
        BufferedReader keyboard = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Ipv6EchoClient client = new Ipv6EchoClient(server, options.port())) {
            System.out.println("Connected from " + AddressFamily.describe(client.localAddress()) + " to "
                    + AddressFamily.describe(new InetSocketAddress(server, options.port())) + "; type lines, Ctrl-D to quit.");
            String line;
            while ((line = keyboard.readLine()) != null) {
                System.out.println(client.send(line));
            }
        } catch (IllegalArgumentException e) {
            System.err.println("Ipv6EchoClient: " + e.getMessage() + " (try --host ::1)");
            System.exit(2);
        } catch (IOException e) {
            // ConnectException when nothing listens; SocketException "Protocol family unavailable" without IPv6.
            System.err.println("Ipv6EchoClient: [" + options.host() + "]:" + options.port() + ": " + e
                    + (e instanceof ConnectException ? " (is the server running?)" : NO_IPV6_HINT));
            System.exit(1);
        }
    }
}
