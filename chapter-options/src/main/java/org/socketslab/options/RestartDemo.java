package org.socketslab.options;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Stops a server that closed its connections first (which leaves them in TIME_WAIT on its port),
 * then starts it again on the same port: without {@code SO_REUSEADDR}, then as Java does by default.
 */
public final class RestartDemo {
    static final int DEFAULT_PORT = 7014;

    private RestartDemo() {
    }

    public static void main(String[] args) throws IOException {
        int port = PortOption.parse(args, DEFAULT_PORT);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket first = new ServerSocket(port, 50, loopback)) {
            port = first.getLocalPort(); // the port 0 chose, if it was 0
            System.out.println("server listening on 127.0.0.1:" + port + ", SO_REUSEADDR " + first.getReuseAddress());
            serveOneClientAndCloseFirst(first);
        }
        System.out.println("server stopped; its side of the connection is now in TIME_WAIT (try: ss -tan state time-wait)");
        System.out.println("restart without SO_REUSEADDR: " + restart(loopback, port, false));
        System.out.println("restart as Java does by default (SO_REUSEADDR true): " + restart(loopback, port, true));
    }

    private static void serveOneClientAndCloseFirst(ServerSocket listener) throws IOException {
        try (Socket client = new Socket(listener.getInetAddress(), listener.getLocalPort());
             Socket accepted = listener.accept()) {
            client.setSoTimeout(5_000);
            accepted.close(); // the side that closes first is the one that waits in TIME_WAIT
            client.getInputStream().read(); // -1: the client saw the FIN, and closes its side in turn
        }
    }

    // tag::restart[]
    static String restart(InetAddress address, int port, boolean reuseAddress)
            throws IOException {
        // Unbound at first: options that affect bind() must be set before it.
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(reuseAddress);
            server.bind(new InetSocketAddress(address, port));
            return "listening again on port " + server.getLocalPort();
        } catch (BindException e) {
            return "BindException: " + e.getMessage();
        }
    }
    // end::restart[]
}
