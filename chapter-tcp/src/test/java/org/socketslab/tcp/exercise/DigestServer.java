package org.socketslab.tcp.exercise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A server that reads a request until end of stream, then answers with a line describing what it
 * received and a payload of {@code answerSize} bytes, every byte value in turn. If no end of stream comes within
 * {@link #PATIENCE_MILLIS}, it hangs up without answering: the behaviour half-close is for. It can
 * pause between the line and the payload, as a server that is still working does: only the end of
 * the stream says an answer is over, not a moment with nothing to read.
 */
final class DigestServer implements AutoCloseable {
    static final int PATIENCE_MILLIS = 1_500;

    /** What the server saw of the last request. */
    record Seen(int bytes, boolean endOfStream) {
    }

    private final ServerSocket listener;
    private final Thread thread;
    private final int answerSize;
    private final int pauseMillis;
    private final CountDownLatch clientReturned = new CountDownLatch(1);
    private final AtomicReference<Seen> lastSeen = new AtomicReference<>();

    DigestServer(int answerSize) throws IOException {
        this(answerSize, 0);
    }

    /**
     * A server that sends the line, then holds the payload back for {@code pauseMillis}, or until
     * the test says the client has returned ({@link #clientReturned()}), whichever comes first.
     */
    DigestServer(int answerSize, int pauseMillis) throws IOException {
        this.answerSize = answerSize;
        this.pauseMillis = pauseMillis;
        listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "digest-server");
        thread.start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    /** The client's call has returned: a payload still held back is sent at once, too late for it. */
    void clientReturned() {
        clientReturned.countDown();
    }

    /** What the server saw of the last request, or null if none has ended yet. */
    Seen lastSeen() {
        return lastSeen.get();
    }

    /** The answer the server sends for {@code request}. */
    byte[] answerTo(byte[] request) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] line = ("received " + request.length + " bytes, SHA-256 " + sha256(request) + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        answer.write(line, 0, line.length);
        for (int i = 0; i < answerSize; i++) {
            answer.write(i % 256); // every byte value: an answer is bytes, not text (0x80-0xff are not UTF-8 alone)
        }
        return answer.toByteArray();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                client.setSoTimeout(PATIENCE_MILLIS);
                ByteArrayOutputStream request = new ByteArrayOutputStream();
                if (readToEnd(client.getInputStream(), request)) {
                    lastSeen.set(new Seen(request.size(), true));
                    writeAnswer(client.getOutputStream(), answerTo(request.toByteArray()));
                } else {
                    lastSeen.set(new Seen(request.size(), false));
                }
            } catch (IOException e) {
                // The client went away (or the listener closed): wait for the next one.
            }
        }
    }

    private void writeAnswer(OutputStream out, byte[] answer) throws IOException {
        int line = answer.length - answerSize;
        out.write(answer, 0, line);
        if (pauseMillis > 0) {
            out.flush();
            try {
                clientReturned.await(pauseMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        out.write(answer, line, answerSize);
    }

    private static boolean readToEnd(InputStream in, ByteArrayOutputStream into) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                into.write(buffer, 0, n);
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        try {
            thread.join(PATIENCE_MILLIS * 2L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
