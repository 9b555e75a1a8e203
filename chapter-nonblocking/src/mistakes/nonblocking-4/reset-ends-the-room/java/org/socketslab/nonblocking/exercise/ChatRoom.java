package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Iterator;

/** Exercise nonblocking-4, a classic mistake. */
public final class ChatRoom implements AutoCloseable {
    public static final int MAX_LINE = 1024;
    public static final int MAX_QUEUED = 64 * 1024;

    private final ServerSocketChannel listener;
    private final Selector selector;
    private final Thread loop;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(8192);
    private volatile boolean running = true;

    /** One client: the line it is sending so far, and what waits to be written to it ("fill" mode). */
    private static final class Member {
        final ByteBuffer line = ByteBuffer.allocate(MAX_LINE + 1); // room for the LF
        final ByteBuffer queued = ByteBuffer.allocate(MAX_QUEUED);
    }

    private ChatRoom(ServerSocketChannel listener, Selector selector) {
        this.listener = listener;
        this.selector = selector;
        this.loop = new Thread(this::run, "nonblocking4-room");
    }

    public static ChatRoom start(InetSocketAddress bindAddress) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        Selector selector = Selector.open();
        try {
            listener.bind(bindAddress, 256);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
        ChatRoom room = new ChatRoom(listener, selector);
        room.loop.start();
        return room;
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
                    if (!key.isValid()) {
                        continue; // disconnected earlier in this round
                    }
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
                        throw e; // Mistake: one client's reset ends the loop, and the room with it.
                        // Breaks: A client that closes its connection or resets it leaves the room; the others go on.
                    }
                }
            }
        } catch (IOException e) {
            // The selector failed: the room cannot go on.
        } finally {
            for (SelectionKey key : selector.keys()) {
                disconnect(key);
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
            client.register(selector, SelectionKey.OP_READ, new Member());
        }
    }

    private void read(SelectionKey key) throws IOException {
        Member member = (Member) key.attachment();
        readBuffer.clear();
        if (((SocketChannel) key.channel()).read(readBuffer) == -1) {
            disconnect(key);
            return;
        }
        readBuffer.flip();
        while (readBuffer.hasRemaining()) {
            byte b = readBuffer.get();
            if (b != '\n' && member.line.position() == MAX_LINE) {
                disconnect(key); // the line is too long: nobody gets any of it
                return;
            }
            member.line.put(b);
            if (b == '\n') {
                broadcast(member.line.flip(), key);
                member.line.clear();
            }
        }
    }

    private void broadcast(ByteBuffer line, SelectionKey sender) {
        for (SelectionKey key : new ArrayList<>(selector.keys())) {
            if (key == sender || !key.isValid() || !(key.attachment() instanceof Member)) {
                continue;
            }
            Member other = (Member) key.attachment();
            if (other.queued.remaining() < line.remaining()) {
                disconnect(key); // too slow: more would wait for it than the room allows
                continue;
            }
            other.queued.put(line.duplicate());
            try {
                flush(key);
            } catch (IOException e) {
                disconnect(key);
            }
        }
    }

    private void flush(SelectionKey key) throws IOException {
        Member member = (Member) key.attachment();
        member.queued.flip();
        ((SocketChannel) key.channel()).write(member.queued);
        member.queued.compact();
        key.interestOps(member.queued.position() > 0 ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
    }

    private static void disconnect(SelectionKey key) {
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
