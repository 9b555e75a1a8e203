package org.socketslab.options;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;

import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Comparator;

/** Lists the options of a TCP client, a TCP server and a UDP socket: supported, default, and what setting one gives. */
public final class OptionsTour {
    static final int REQUESTED_BUFFER = 100_000;
    static final int TINY_BUFFER = 1_000;

    private OptionsTour() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        // Channels, because a NetworkChannel has the same supportedOptions()/getOption() for every kind of socket.
        try (SocketChannel tcpClient = SocketChannel.open();
             ServerSocketChannel tcpServer = ServerSocketChannel.open();
             DatagramChannel udp = DatagramChannel.open()) {
            printDefaults("TCP client (SocketChannel, unconnected)", tcpClient);
            printDefaults("TCP server (ServerSocketChannel, unbound)", tcpServer);
            printDefaults("UDP socket (DatagramChannel, unbound)", udp);
            System.out.println();
            printBufferRequest(tcpClient, StandardSocketOptions.SO_RCVBUF, REQUESTED_BUFFER);
            printBufferRequest(tcpClient, StandardSocketOptions.SO_SNDBUF, REQUESTED_BUFFER);
            printBufferRequest(tcpClient, StandardSocketOptions.SO_SNDBUF, TINY_BUFFER);
            printBufferRequest(udp, StandardSocketOptions.SO_RCVBUF, REQUESTED_BUFFER);
        }
        printKernelView();
        // The classic java.net classes answer the same questions.
        try (Socket socket = new Socket(); ServerSocket server = new ServerSocket(); DatagramSocket datagrams = new DatagramSocket(null)) {
            System.out.println();
            System.out.println("java.net defaults: Socket TCP_NODELAY=" + socket.getTcpNoDelay()
                    + ", SO_LINGER=" + socket.getSoLinger() + ", ServerSocket SO_REUSEADDR=" + server.getReuseAddress()
                    + ", DatagramSocket SO_REUSEADDR=" + datagrams.getReuseAddress());
        }
    }

    // tag::defaults[]
    private static void printDefaults(String title, NetworkChannel channel) {
        System.out.println(title + ":");
        channel.supportedOptions().stream()
                .sorted(Comparator.comparing((SocketOption<?> option) -> option.name()))
                .forEach(option -> System.out.printf("  %-20s %s%n",
                        option.name(), valueOf(channel, option)));
    }

    private static Object valueOf(NetworkChannel channel, SocketOption<?> option) {
        try {
            return channel.getOption(option);
        } catch (IOException | UnsupportedOperationException e) {
            return "(not readable now: " + e.getClass().getSimpleName() + ")";
        }
    }
    // end::defaults[]

    // tag::effective[]
    private static void printBufferRequest(NetworkChannel channel, SocketOption<Integer> option,
            int requested) throws IOException {
        // A request: the kernel may round it, clamp it, or double it.
        channel.setOption(option, requested);
        int reported = channel.getOption(option);
        System.out.printf("%s %s: requested %,d, getOption reports %,d%n",
                kind(channel), option.name(), requested, reported);
    }
    // end::effective[]

    // tag::kernel-view[]
    private static void printKernelView() throws IOException, InterruptedException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             Socket client = new Socket()) {
            // Before connect: the window scale is agreed in the handshake.
            client.setReceiveBufferSize(REQUESTED_BUFFER);
            client.setSendBufferSize(REQUESTED_BUFFER);
            client.connect(listener.getLocalSocketAddress());
            try (Socket accepted = listener.accept()) {
                System.out.printf("connected TCP client: Java reports SO_RCVBUF %,d and SO_SNDBUF %,d;"
                        + " the kernel's view (ss -tm: rb receive, tb send buffer):%n",
                        client.getReceiveBufferSize(), client.getSendBufferSize());
                System.out.print(SocketStatistics.of(client.getLocalPort(), "-tmn"));
            }
        }
    }
    // end::kernel-view[]

    private static String kind(NetworkChannel channel) {
        return channel instanceof DatagramChannel ? "UDP" : "TCP client";
    }
}
