package org.socketslab.kit.faults;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * Copies one direction of a proxied connection, from one leg's input to the other leg's output,
 * re-cut by a {@link Shaper}. Runs in its own thread until that direction is over.
 */
final class Pump implements Runnable {
    private static final int BUFFER_SIZE = 8192;

    private final Socket from;
    private final Socket to;
    private final Shaper shaper;
    private final Outlet outlet;
    private final ProxiedConnection connection;

    Pump(Socket from, Socket to, Shaper shaper, Outlet outlet, ProxiedConnection connection) {
        this.from = from;
        this.to = to;
        this.shaper = shaper;
        this.outlet = outlet;
        this.connection = connection;
    }

    @Override
    public void run() {
        boolean finished = false;
        try {
            copyUntilEndOfStream();
            // Pass the half-close on rather than closing: the peer that stopped sending may
            // still be waiting for the other side's answer.
            to.shutdownOutput();
            finished = true;
        } catch (IOException e) {
            // A reset, an error, a spent byte budget or close(): all end this connection, and
            // only this connection.
        } finally {
            if (finished) {
                connection.directionFinished();
            } else {
                connection.abort();
            }
        }
    }

    private void copyUntilEndOfStream() throws IOException {
        InputStream in = from.getInputStream();
        byte[] buffer = new byte[BUFFER_SIZE];
        while (true) {
            from.setSoTimeout(shaper.idleTimeoutMillis());
            int length;
            try {
                length = in.read(buffer);
            } catch (SocketTimeoutException quiet) {
                shaper.flush(outlet);
                continue;
            }
            if (length < 0) {
                shaper.flush(outlet);
                return;
            }
            shaper.forward(buffer, length, outlet);
        }
    }
}
