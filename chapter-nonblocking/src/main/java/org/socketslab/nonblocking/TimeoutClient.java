package org.socketslab.nonblocking;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Connects with a time limit, then reads lines with a per-read timeout or within an overall deadline. */
public final class TimeoutClient implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;

    // tag::connect[]
    public TimeoutClient(InetSocketAddress server, Duration connectTimeout) throws IOException {
        socket = new Socket();
        try {
            // Without a timeout, connect() waits as long as the system retries: over two minutes on Linux.
            socket.connect(server, Math.toIntExact(connectTimeout.toMillis()));
            in = new BufferedInputStream(socket.getInputStream());
        } catch (IOException e) {
            socket.close();
            throw e; // ConnectException: refused; SocketTimeoutException: no answer in time
        }
    }
    // end::connect[]

    // tag::per-read[]
    /** Each read may wait up to {@code perRead}; a peer that sends a byte now and then keeps it going forever. */
    public String readLineWithReadTimeout(Duration perRead) throws IOException {
        socket.setSoTimeout(Math.toIntExact(perRead.toMillis())); // covers ONE read, not the line
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') { // SocketTimeoutException only if one read waits too long
            if (b == -1) {
                throw new EOFException("the stream ended inside a line");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }
    // end::per-read[]

    // tag::deadline[]
    /** The whole line must arrive within {@code budget}, however its bytes trickle in. */
    public String readLineWithin(Duration budget) throws IOException {
        long deadline = System.nanoTime() + budget.toNanos();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("no whole line within " + budget.toMillis() + " ms");
            }
            // Each read gets only what is left of the budget (at least 1 ms: 0 would mean "forever").
            socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(left).toMillis()));
            int b;
            try {
                b = in.read();
            } catch (SocketTimeoutException e) { // the JDK says "Read timed out": say which timeout
                throw new SocketTimeoutException("no whole line within " + budget.toMillis() + " ms");
            }
            if (b == '\n') {
                return line.toString(StandardCharsets.UTF_8);
            }
            if (b == -1) {
                throw new EOFException("the stream ended inside a line");
            }
            line.write(b);
        }
    }
    // end::deadline[]

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
