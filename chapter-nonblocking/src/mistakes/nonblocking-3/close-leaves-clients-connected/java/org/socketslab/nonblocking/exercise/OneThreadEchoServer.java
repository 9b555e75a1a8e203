package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

/** Exercise nonblocking-3, a classic mistake. */
public final class OneThreadEchoServer implements AutoCloseable {
    public static final int MAX_PENDING = 64 * 1024;

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Thread loop;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(16 * 1024);
    private volatile boolean running = true;

    /** A client's echo that could not be written yet (kept in "fill" mode), and whether its input ended. */
    private static final class Client {
        final ByteBuffer pending = ByteBuffer.allocate(MAX_PENDING);
        boolean inputEnded;
    }

    private OneThreadEchoServer(ServerSocketChannel listener, Selector selector) {
        this.listener = listener;
        this.selector = selector;
        this.loop = new Thread(this::run, "nonblocking3-loop");
    }

    public static OneThreadEchoServer start(InetSocketAddress bindAddress) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        Selector selector = Selector.open();
        try {
            listener.bind(bindAddress, 1024);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        OneThreadEchoServer server = new OneThreadEchoServer(listener, selector);
        server.loop.start();
        return server;
    }

    public int port() {
        return listener.socket().getLocalPort();
    }

    private void run() {
        try {
            while (running) {
                selector.select();
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    try {
                        if (key.isAcceptable()) {
                            accept();
                            continue;
                        }
                        if (key.isReadable()) {
                            read(key);
                        }
                        if (key.isValid() && key.isWritable()) {
                            flush(key);
                        }
                    } catch (IOException e) {
                        closeQuietly(key); // reset or gone: this client only
                    }
                }
            }
        } catch (IOException e) {
            // The selector itself failed: nothing more can be served.
        } finally {
            // Mistake: closes the listener and the selector only; the clients' channels stay open.
            // Breaks: closes every connection and the listening channel
            try {
                listener.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
            try {
                selector.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel client = listener.accept();
        if (client != null) {
            client.configureBlocking(false);
            client.register(selector, SelectionKey.OP_READ, new Client());
        }
    }

    private void read(SelectionKey key) throws IOException {
        Client client = (Client) key.attachment();
        readBuffer.clear().limit(Math.min(readBuffer.capacity(), client.pending.remaining()));
        int n = ((SocketChannel) key.channel()).read(readBuffer);
        if (n == -1) {
            client.inputEnded = true;
        } else {
            client.pending.put(readBuffer.flip());
        }
        flush(key);
    }

    private void flush(SelectionKey key) throws IOException {
        Client client = (Client) key.attachment();
        client.pending.flip();
        ((SocketChannel) key.channel()).write(client.pending);
        client.pending.compact();
        boolean waiting = client.pending.position() > 0;
        if (client.inputEnded && !waiting) {
            key.channel().close();
            return;
        }
        int ops = waiting ? SelectionKey.OP_WRITE : 0;
        if (!client.inputEnded && client.pending.hasRemaining()) {
            ops |= SelectionKey.OP_READ;
        }
        key.interestOps(ops);
    }

    private static void closeQuietly(SelectionKey key) {
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // Closed either way.
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            loop.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
