package org.socketslab.udp;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** An upper-casing UDP echo server: every datagram goes back, upper-cased, to the address it came from. */
public final class UdpEchoServer implements AutoCloseable {
    // tag::defaults[]
    static final String DEFAULT_BIND = "127.0.0.1";
    static final int DEFAULT_PORT = 7007; // UDP's port 7007, not TCP's: separate numbers
    public static final int MAX_DATAGRAM = 1024; // larger datagrams are refused, not cut
    // end::defaults[]
    static final byte[] TOO_LARGE = ("error: datagram larger than " + MAX_DATAGRAM + " bytes\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final DatagramSocket socket;
    private final Thread receiver;
    private final AtomicLong oversized = new AtomicLong();

    private UdpEchoServer(DatagramSocket socket) {
        this.socket = socket;
        this.receiver = new Thread(this::serve, "udp-echo-" + socket.getLocalPort());
        this.receiver.setDaemon(true);
    }

    /** Binds now, in the caller's thread, so the port is known (and taken) before this returns. */
    public static UdpEchoServer start(InetAddress bindAddress, int port) throws IOException {
        // tag::bind[]
        // socket() + bind() in one call; no listen(), no accept(): UDP has no connections.
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(bindAddress, port));
        // end::bind[]
        UdpEchoServer server = new UdpEchoServer(socket);
        server.receiver.start();
        return server;
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** How many datagrams were refused for being larger than {@link #MAX_DATAGRAM}. */
    public long oversizedDatagrams() {
        return oversized.get();
    }

    // tag::serve[]
    private void serve() {
        // One byte more than the limit: a datagram that fills it was too large.
        byte[] buffer = new byte[MAX_DATAGRAM + 1];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!socket.isClosed()) {
            try {
                socket.receive(packet); // recvfrom(): one whole datagram and who sent it
                SocketAddress sender = packet.getSocketAddress();
                if (packet.getLength() > MAX_DATAGRAM) {
                    oversized.incrementAndGet();
                    socket.send(new DatagramPacket(TOO_LARGE, TOO_LARGE.length, sender));
                } else {
                    Uppercase.inPlace(buffer, packet.getLength());
                    // sendto(): the reply goes to the address the datagram came from
                    socket.send(new DatagramPacket(buffer, packet.getLength(), sender));
                }
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    // One datagram went wrong (a reply the kernel refused?); the rest go on.
                    System.err.println("udp echo: " + e);
                }
            }
        }
    }
    // end::serve[]

    /** Closes the socket, which ends the receive loop, and waits for it to finish. */
    @Override
    public void close() {
        socket.close(); // a blocked receive() throws, which ends the loop
        try {
            receiver.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parseOrExit("UdpEchoServer", args, DEFAULT_BIND, DEFAULT_PORT);
        try (UdpEchoServer server = start(InetAddress.getByName(options.host()), options.port())) {
            System.out.println("Upper-casing UDP echo server on " + options.host() + ":" + server.address().getPort()
                    + " (Ctrl-C to stop; try: nc -u " + options.host() + " " + server.address().getPort() + ")");
            server.receiver.join();
        } catch (IOException e) {
            // Most often the port is taken (BindException) or the address is not one of this machine's.
            System.err.println("UdpEchoServer: cannot bind " + options.host() + ":" + options.port() + ": " + e);
            System.exit(1);
        }
    }
}
