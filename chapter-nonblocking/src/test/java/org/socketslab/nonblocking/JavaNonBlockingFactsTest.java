package org.socketslab.nonblocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Java behaviour the chapter's page states, checked on every build so the page cannot drift.
 * Each display name starts with the page section it backs; a docs test checks that the section exists.
 */
@Timeout(20)
class JavaNonBlockingFactsTest {

    private static ServerSocket listener() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @Test
    @DisplayName("nonblocking.html#non-blocking-channels: SocketChannel.read ignores setSoTimeout, its stream adaptor honours it")
    void aBlockingSocketChannelReadIgnoresSoTimeoutButItsStreamAdaptorHonoursIt() throws Exception {
        try (ServerSocket server = listener();
             SocketChannel channel = SocketChannel.open(server.getLocalSocketAddress());
             Socket accepted = server.accept()) {
            channel.socket().setSoTimeout(100);
            CountDownLatch reading = new CountDownLatch(1);
            CompletableFuture<Integer> read = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try {
                    reading.countDown();
                    read.complete(channel.read(ByteBuffer.allocate(16)));
                } catch (IOException e) {
                    read.completeExceptionally(e);
                }
            });
            reader.start();
            // Counted from the read's start (a pool thread could start it late, on a busy machine):
            // ten times the SO_TIMEOUT later, the channel's read is still waiting.
            assertThat(reading.await(5, TimeUnit.SECONDS)).as("the reader thread started").isTrue();
            assertThatThrownBy(() -> read.get(1_000, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
            channel.close();
            assertThatThrownBy(read::get).isInstanceOf(ExecutionException.class)
                    .hasRootCauseInstanceOf(AsynchronousCloseException.class);
            reader.join(5_000);
        }
        try (ServerSocket server = listener();
             SocketChannel channel = SocketChannel.open(server.getLocalSocketAddress());
             Socket accepted = server.accept()) {
            channel.socket().setSoTimeout(100);
            assertThatThrownBy(() -> channel.socket().getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    @DisplayName("nonblocking.html#timeouts: after a read timeout the socket stays usable")
    void aSocketStaysUsableAfterAReadTimeout() throws IOException {
        try (ServerSocket server = listener(); Socket client = new Socket()) {
            client.connect(server.getLocalSocketAddress(), 2_000);
            try (Socket accepted = server.accept()) {
                client.setSoTimeout(100);
                assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
                accepted.getOutputStream().write('x');
                client.setSoTimeout(2_000);
                assertThat(client.getInputStream().read()).as("the next read after the timeout").isEqualTo('x');
            }
        }
    }

    @Test
    @DisplayName("nonblocking.html#non-blocking-channels: a non-blocking connect returns false even on loopback, and finishConnect completes it")
    void aNonBlockingConnectReturnsFalseEvenOnLoopbackAndFinishConnectCompletesIt() throws IOException {
        try (ServerSocket server = listener(); Selector selector = Selector.open(); SocketChannel channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            assertThat(channel.connect(server.getLocalSocketAddress())).as("connect() on loopback").isFalse();
            assertThat(channel.isConnectionPending()).isTrue();
            channel.register(selector, SelectionKey.OP_CONNECT);
            assertThat(selector.select(5_000)).isEqualTo(1);
            assertThat(channel.finishConnect()).isTrue();
            assertThat(channel.isConnected()).isTrue();
        }
    }

    @Test
    @DisplayName("nonblocking.html#select-loop: a refused connect is ready for OP_CONNECT, and finishConnect throws ConnectException")
    void aRefusedConnectIsReadyForOpConnectAndFinishConnectThrows() throws IOException {
        InetSocketAddress refused;
        try (ServerSocket gone = listener()) {
            refused = (InetSocketAddress) gone.getLocalSocketAddress();
        }
        try (Selector selector = Selector.open(); SocketChannel channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            assertThat(channel.connect(refused)).isFalse();
            SelectionKey key = channel.register(selector, SelectionKey.OP_CONNECT);
            assertThat(selector.select(5_000)).isEqualTo(1);
            assertThat(key.isConnectable()).as("ready for OP_CONNECT, though nothing listens").isTrue();
            assertThatThrownBy(channel::finishConnect).isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    @DisplayName("nonblocking.html#partial-writes: an idle connected socket is always writable, so OP_WRITE left on wakes select at once")
    void anIdleConnectedSocketIsAlwaysWritableSoOpWriteLeftOnWakesSelectAtOnce() throws IOException {
        try (ServerSocket server = listener();
             SocketChannel channel = SocketChannel.open(server.getLocalSocketAddress());
             Socket accepted = server.accept();
             Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_WRITE);
            for (int i = 0; i < 100; i++) {
                assertThat(selector.select(10_000)).as("select() number " + i).isEqualTo(1);
                selector.selectedKeys().clear();
            }
        }
    }

    @Test
    @DisplayName("nonblocking.html#partial-writes: a non-blocking write to a peer that never reads takes part, then nothing")
    void aNonBlockingWriteToAPeerThatNeverReadsTakesPartThenNothing() throws IOException {
        try (ServerSocket server = listener();
             SocketChannel channel = SocketChannel.open(server.getLocalSocketAddress());
             Socket accepted = server.accept()) {
            channel.configureBlocking(false);
            ByteBuffer big = ByteBuffer.allocate(64 << 20);
            int first = channel.write(big);
            assertThat(first).as("bytes the first write took of 64 MiB").isPositive().isLessThan(64 << 20);
            long more = 0;
            int n;
            while ((n = channel.write(big)) > 0) {
                more += n;
            }
            assertThat(n).as("once the buffers are full, write() returns 0").isZero();
            assertThat(first + more).isLessThan(64L << 20);
        }
    }

    @Test
    @DisplayName("nonblocking.html#non-blocking-channels: a registered channel cannot go back to blocking, and a blocking one cannot be registered")
    void aChannelRegisteredWithASelectorCannotGoBackToBlocking() throws IOException {
        try (ServerSocket server = listener();
             SocketChannel channel = SocketChannel.open(server.getLocalSocketAddress());
             Socket accepted = server.accept();
             Selector selector = Selector.open()) {
            assertThatThrownBy(() -> channel.register(selector, SelectionKey.OP_READ))
                    .isInstanceOf(IllegalBlockingModeException.class);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
            assertThatThrownBy(() -> channel.configureBlocking(true)).isInstanceOf(IllegalBlockingModeException.class);
        }
    }
}
