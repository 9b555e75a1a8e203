package org.socketslab.tcp.exercise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A loopback server for one connection that answers with fixed bytes once it has heard the
 * client, then closes: a peer that says something unexpected, or stops early.
 */
final class OneShotServer implements AutoCloseable {
    private interface Listening {
        void await(InputStream in, ByteArrayOutputStream heard) throws IOException;
    }

    private final ServerSocket listener;
    private final Thread thread;
    private final ByteArrayOutputStream heard = new ByteArrayOutputStream();

    private OneShotServer(Listening listening, byte[] answer) throws IOException {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> serveOnce(listening, answer), "one-shot-server");
        thread.start();
    }

    /** Answers once the client's request head has ended with an empty line (or the stream ended). */
    static OneShotServer answeringAfterHead(byte[] answer) throws IOException {
        return new OneShotServer((in, heard) -> skipHead(in), answer);
    }

    /** Answers as soon as the first bytes of the request have arrived. */
    static OneShotServer answeringAfterFirstBytes(byte[] answer) throws IOException {
        return new OneShotServer((in, heard) -> in.read(), answer);
    }

    /**
     * Answers once the request head has ended with an empty line, however its lines end ({@code "\n"}
     * alone too), and keeps every byte of the head for {@link #head()}.
     */
    static OneShotServer recordingHead(byte[] answer) throws IOException {
        return new OneShotServer(OneShotServer::recordHead, answer);
    }

    /** The head {@link #recordingHead} heard; call it after {@link #close()}. */
    byte[] head() {
        synchronized (heard) {
            return heard.toByteArray();
        }
    }

    private static void recordHead(InputStream in, ByteArrayOutputStream heard) throws IOException {
        int b;
        String tail = "";
        while ((b = in.read()) != -1) {
            synchronized (heard) {
                heard.write(b);
            }
            tail = (tail + (char) b).substring(Math.max(0, tail.length() - 2));
            if (tail.endsWith("\n\n") || tail.endsWith("\n\r\n")) {
                return;
            }
        }
    }

    InetSocketAddress address() {
        return (InetSocketAddress) listener.getLocalSocketAddress();
    }

    private void serveOnce(Listening listening, byte[] answer) {
        try (Socket client = listener.accept()) {
            client.setSoTimeout(2_000);
            listening.await(client.getInputStream(), heard);
            client.getOutputStream().write(answer);
        } catch (IOException e) {
            // The test sees what the client made of it; the server has nothing to add.
        }
    }

    private static void skipHead(InputStream in) throws IOException {
        int matched = 0;
        int b;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
