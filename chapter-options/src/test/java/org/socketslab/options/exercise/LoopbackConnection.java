package org.socketslab.options.exercise;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** A connected pair on loopback, made in the test thread: the listener, the client's end and the accepted end. */
record LoopbackConnection(ServerSocket listener, Socket client, Socket accepted) implements AutoCloseable {

    /** Connects and accepts; {@code firstBytes} (may be empty) is sent by the client before the accept. */
    static LoopbackConnection open(byte[] firstBytes) throws Exception {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Socket client = new Socket();
        try {
            client.connect(listener.getLocalSocketAddress(), 2_000);
            client.getOutputStream().write(firstBytes);
            Socket accepted = listener.accept();
            accepted.setSoTimeout(2_000);
            return new LoopbackConnection(listener, client, accepted);
        } catch (Exception e) {
            client.close();
            listener.close();
            throw e;
        }
    }

    static LoopbackConnection open() throws Exception {
        return open(new byte[0]);
    }

    @Override
    public void close() throws Exception {
        try (listener; client; accepted) {
            // closes all three, whatever the test did with them
        }
    }
}
