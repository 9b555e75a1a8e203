package org.socketslab.options;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.util.concurrent.atomic.AtomicIntegerArray;

/** Two listeners on one port with {@code SO_REUSEPORT}: the kernel shares the incoming connections between them. */
public final class ReusePortDemo {
    static final int DEFAULT_PORT = 7015;
    static final int CLIENTS = 20;

    private ReusePortDemo() {
    }

    public static void main(String[] args) throws Exception {
        // tag::supported[]
        try (ServerSocket probe = new ServerSocket()) {
            if (!probe.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT)) {
                System.out.println("skipped: no SO_REUSEPORT on " + System.getProperty("os.name"));
                return;
            }
        }
        // end::supported[]
        int port = PortOption.parse(args, DEFAULT_PORT);
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (ServerSocket first = listener(loopback, port, true);
             ServerSocket second = listener(loopback, first.getLocalPort(), true)) {
            System.out.println("two listeners with SO_REUSEPORT on 127.0.0.1:" + first.getLocalPort());
            try (ServerSocket third = listener(loopback, first.getLocalPort(), false)) {
                System.out.println("a third listener without SO_REUSEPORT bound too: unexpected");
            } catch (BindException e) {
                System.out.println("a third listener without SO_REUSEPORT: BindException: " + e.getMessage());
            }
            countAccepts(new ServerSocket[] {first, second});
        }
    }

    // tag::listener[]
    static ServerSocket listener(InetAddress address, int port, boolean reusePort)
            throws IOException {
        ServerSocket listener = new ServerSocket(); // unbound: the option goes before bind()
        listener.setOption(StandardSocketOptions.SO_REUSEPORT, reusePort);
        try {
            listener.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        return listener;
    }
    // end::listener[]

    private static void countAccepts(ServerSocket[] listeners) throws Exception {
        AtomicIntegerArray accepted = new AtomicIntegerArray(listeners.length);
        Thread[] acceptors = new Thread[listeners.length];
        for (int i = 0; i < listeners.length; i++) {
            int index = i;
            acceptors[i] = new Thread(() -> acceptUntilClosed(listeners[index], accepted, index), "acceptor-" + i);
            acceptors[i].start();
        }
        for (int i = 0; i < CLIENTS; i++) {
            try (Socket client = new Socket(listeners[0].getInetAddress(), listeners[0].getLocalPort())) {
                client.setSoTimeout(5_000);
                client.getInputStream().read(); // -1 once whichever listener got it has closed it
            }
        }
        for (ServerSocket listener : listeners) {
            listener.close(); // ends the acceptors' accept()
        }
        for (Thread acceptor : acceptors) {
            acceptor.join(5_000);
        }
        for (int i = 0; i < listeners.length; i++) {
            System.out.println("listener " + (i + 1) + " accepted " + accepted.get(i) + " of " + CLIENTS + " connections");
        }
    }

    private static void acceptUntilClosed(ServerSocket listener, AtomicIntegerArray accepted, int index) {
        while (true) {
            try (Socket connection = listener.accept()) {
                accepted.incrementAndGet(index);
            } catch (IOException e) {
                return; // the listener was closed
            }
        }
    }
}
