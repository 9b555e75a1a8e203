package org.socketslab.udp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Sends each line as one datagram and prints the reply datagram; no connection, no retries. */
public final class UdpClient implements AutoCloseable {
    static final int REPLY_TIMEOUT_MILLIS = 2_000;
    static final int MAX_REPLY = 65_507; // the largest UDP payload over IPv4

    private final InetSocketAddress server;
    private final DatagramSocket socket;

    // tag::open[]
    public UdpClient(InetSocketAddress server) throws IOException {
        this.server = server;
        // socket() + bind() to any free local port; there is nothing to connect to.
        this.socket = new DatagramSocket();
        socket.setSoTimeout(REPLY_TIMEOUT_MILLIS); // receive() that waits longer throws
    }
    // end::open[]

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    // tag::send-receive[]
    /** Sends one datagram and returns the first reply that comes from the server. */
    public String send(String line) throws IOException {
        byte[] request = line.getBytes(StandardCharsets.UTF_8);
        // sendto(): the address goes with every datagram
        socket.send(new DatagramPacket(request, request.length, server));
        byte[] buffer = new byte[MAX_REPLY];
        DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
        while (true) {
            socket.receive(reply); // recvfrom(): anyone may send to our port
            if (reply.getSocketAddress().equals(server)) {
                return new String(buffer, 0, reply.getLength(), StandardCharsets.UTF_8);
            }
            // From someone else: not our reply. Keep waiting (the timeout still applies).
        }
    }
    // end::send-receive[]

    @Override
    public void close() {
        socket.close();
    }

    public static void main(String[] args) {
        Options options = Options.parseOrExit("UdpClient", args, UdpEchoServer.DEFAULT_BIND, UdpEchoServer.DEFAULT_PORT);
        BufferedReader keyboard = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream console = System.out;
        try (UdpClient client = new UdpClient(new InetSocketAddress(options.host(), options.port()))) {
            console.println("Sending to " + options.host() + ":" + options.port() + " over UDP; type lines, Ctrl-D to quit.");
            String line;
            while ((line = keyboard.readLine()) != null) {
                try {
                    console.println(client.send(line));
                } catch (SocketTimeoutException e) {
                    // Lost on the way there or back, or nobody listens: UDP cannot tell which.
                    console.println("(no reply within " + REPLY_TIMEOUT_MILLIS + " ms)");
                }
            }
        } catch (IOException e) {
            System.err.println("UdpClient: " + options.host() + ":" + options.port() + ": " + e);
            System.exit(1);
        }
    }
}
