package org.socketslab.ipv6;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.socketslab.kit.faults.Loopback;

/**
 * Run by {@link JavaIpv6FactsTest} in a JVM of its own started with
 * {@code -Djava.net.preferIPv4Stack=true}: prints, per kind of socket, the exception type that an
 * IPv6 address gets there (or "ok").
 */
public final class PreferIpv4StackProbe {
    private interface Attempt {
        void run() throws Exception;
    }

    public static void main(String[] args) {
        InetSocketAddress ipv6 = new InetSocketAddress(Loopback.ipv6(), 0);
        report("Socket", () -> {
            try (Socket socket = new Socket()) {
                socket.bind(ipv6);
            }
        });
        report("ServerSocket", () -> {
            try (ServerSocket server = new ServerSocket()) {
                server.bind(ipv6);
            }
        });
        report("DatagramSocket", () -> {
            try (DatagramSocket socket = new DatagramSocket(null)) {
                socket.bind(ipv6);
            }
        });
        report("SocketChannel", () -> {
            try (SocketChannel channel = SocketChannel.open()) {
                channel.bind(ipv6);
            }
        });
        report("DatagramChannel", () -> {
            try (DatagramChannel channel = DatagramChannel.open()) {
                channel.bind(ipv6);
            }
        });
        report("ServerSocketChannel", () -> {
            try (ServerSocketChannel channel = ServerSocketChannel.open()) {
                channel.bind(ipv6);
            }
        });
        report("ServerSocketChannel.open(INET6)", () -> ServerSocketChannel.open(StandardProtocolFamily.INET6).close());
    }

    private static void report(String what, Attempt attempt) {
        try {
            attempt.run();
            System.out.println(what + " ok");
        } catch (Exception e) {
            System.out.println(what + " " + e.getClass().getName());
        }
    }
}
