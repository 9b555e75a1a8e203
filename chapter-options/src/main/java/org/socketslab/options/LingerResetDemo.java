package org.socketslab.options;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

/** Closes a connection twice over: once normally, once with {@code SO_LINGER} 0, and prints what the peer's read sees. */
public final class LingerResetDemo {
    private LingerResetDemo() {
    }

    public static void main(String[] args) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("close():                     the peer's read " + closeAndWatch(listener, false));
            System.out.println("setSoLinger(true, 0); close: the peer's read " + closeAndWatch(listener, true));
        }
    }

    /** Connects, lets the server side close the accepted socket, and says what the client's read got. */
    static String closeAndWatch(ServerSocket listener, boolean reset) throws IOException {
        try (Socket client = new Socket(listener.getInetAddress(), listener.getLocalPort())) {
            client.setSoTimeout(5_000);
            try (Socket accepted = listener.accept()) {
                if (reset) {
                    // tag::linger-zero[]
                    // close() now discards unsent data and sends RST instead of FIN
                    accepted.setSoLinger(true, 0);
                    // end::linger-zero[]
                }
            }
            try {
                int got = client.getInputStream().read();
                return "returned " + got + (got == -1 ? " (end of stream: an orderly FIN)" : "");
            } catch (SocketException e) {
                return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage() + " (an RST)";
            }
        }
    }
}
