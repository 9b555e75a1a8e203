package org.socketslab.kit.faults;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.leaks.OpenSockets;

@Timeout(30)
class ClientSwarmTest {

    /** Accepts everything and sends every byte back, from the test's own background thread. */
    private static final class TinyEcho implements AutoCloseable {
        final ServerSocketChannel listener;
        final Selector selector;
        final Thread loop;
        final List<SocketChannel> accepted = new ArrayList<>();
        volatile boolean running = true;

        TinyEcho() throws IOException {
            listener = ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
            listener.configureBlocking(false);
            selector = Selector.open();
            listener.register(selector, SelectionKey.OP_ACCEPT);
            loop = new Thread(this::run, "tiny-echo");
            loop.start();
        }

        InetSocketAddress address() throws IOException {
            return (InetSocketAddress) listener.getLocalAddress();
        }

        private void run() {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            try {
                while (running) {
                    selector.select();
                    for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                        SelectionKey key = it.next();
                        it.remove();
                        if (key.isAcceptable()) {
                            SocketChannel client = listener.accept();
                            accepted.add(client);
                            client.configureBlocking(false).register(selector, SelectionKey.OP_READ);
                        } else if (key.isReadable()) {
                            SocketChannel client = (SocketChannel) key.channel();
                            buffer.clear();
                            if (client.read(buffer) < 0) {
                                key.cancel();
                                client.close();
                                continue;
                            }
                            buffer.flip();
                            client.write(buffer); // tiny messages: always written whole here
                        }
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        @Override
        public void close() throws Exception {
            running = false;
            selector.wakeup();
            loop.join(2_000);
            selector.close();
            listener.close();
            for (SocketChannel client : accepted) {
                client.close();
            }
        }
    }

    @Test
    void connectsFiveHundredClientsThatEachGetTheirOwnReply() throws Exception {
        try (TinyEcho server = new TinyEcho();
             ClientSwarm swarm = ClientSwarm.to(server.address()).clients(500).start()) {
            assertThat(swarm.size()).isEqualTo(500);
            swarm.sendToEach(i -> ("client " + i + ";").getBytes(US_ASCII), Duration.ofSeconds(10));
            List<byte[]> replies = swarm.receiveFromEach(i -> ("client " + i + ";").length(), Duration.ofSeconds(10));
            for (int i = 0; i < replies.size(); i++) {
                assertThat(new String(replies.get(i), US_ASCII)).isEqualTo("client " + i + ";");
            }
        }
    }

    @Test
    void saysWhoStillWaitsWhenTheRepliesDoNotCome() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ClientSwarm swarm = ClientSwarm.to((InetSocketAddress) silent.getLocalSocketAddress()).clients(3).start()) {
            assertThatThrownBy(() -> swarm.receiveFromEach(i -> 5, Duration.ofMillis(200)))
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessageContaining("3 of 3 clients still waited").hasMessageContaining("got 0 of 5 bytes");
        }
    }

    @Test
    void failsAndClosesEverythingWhenNothingListens() throws IOException {
        InetSocketAddress closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = (InetSocketAddress) probe.getLocalSocketAddress();
        }
        OptionalInt before = OpenSockets.count();
        InetSocketAddress nowhere = closed;
        assertThatThrownBy(() -> ClientSwarm.to(nowhere).clients(10).start()).isInstanceOf(ConnectException.class);
        assertThat(OpenSockets.count()).isEqualTo(before);
    }

    @Test
    void closeClosesEveryConnection() throws Exception {
        OptionalInt before = OpenSockets.count();
        try (TinyEcho server = new TinyEcho()) {
            ClientSwarm swarm = ClientSwarm.to(server.address()).clients(50).start();
            swarm.close();
            swarm.close();
            assertThat(swarm.client(0).isOpen()).isFalse();
        }
        assertThat(OpenSockets.count()).isEqualTo(before);
    }
}
