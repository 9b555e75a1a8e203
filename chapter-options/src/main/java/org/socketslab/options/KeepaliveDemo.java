package org.socketslab.options;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import jdk.net.ExtendedSocketOptions;

/**
 * Turns keepalive on for a connection, with Linux's timers shortened, and shows the timer the
 * kernel armed, as {@code ss -tno} reports it.
 */
public final class KeepaliveDemo {
    static final int DEFAULT_PORT = 7016;
    static final int IDLE_SECONDS = 30;
    static final int INTERVAL_SECONDS = 5;
    static final int PROBES = 3;

    private KeepaliveDemo() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int port = PortOption.parse(args, DEFAULT_PORT);
        try (ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
             Socket client = new Socket(listener.getInetAddress(), listener.getLocalPort());
             Socket accepted = listener.accept()) {
            System.out.println("before: SO_KEEPALIVE " + client.getOption(StandardSocketOptions.SO_KEEPALIVE)
                    + ", idle " + client.getOption(ExtendedSocketOptions.TCP_KEEPIDLE) + " s");
            // tag::keepalive[]
            // Without SO_KEEPALIVE, the three timer options below do nothing.
            client.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            // The first probe after 30 s of silence, then one every 5 s; 3 unanswered: dead.
            client.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, IDLE_SECONDS);
            client.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, INTERVAL_SECONDS);
            client.setOption(ExtendedSocketOptions.TCP_KEEPCOUNT, PROBES);
            // end::keepalive[]
            System.out.println("after:  SO_KEEPALIVE " + client.getOption(StandardSocketOptions.SO_KEEPALIVE)
                    + ", idle " + client.getOption(ExtendedSocketOptions.TCP_KEEPIDLE) + " s"
                    + ", interval " + client.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL) + " s"
                    + ", probes " + client.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT));
            System.out.println("the client's port is " + client.getLocalPort() + "; what ss -tno says about it:");
            System.out.print(SocketStatistics.of(client.getLocalPort(), "-tno"));
        }
    }
}
