package org.socketslab.tcp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.FinishedOnReturn;

@Tag("tcp-3")
@Exercise(id = "tcp-3", title = "Echo server for many clients", docs = "tcp.html#tcp-3")
class MultiClientEchoServerTest {
    private static final int READ_TIMEOUT_MILLIS = 2_000;

    private static MultiClientEchoServer startServer() throws IOException {
        return MultiClientEchoServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    private static final int AFTER_RESET_MILLIS = 400;
    private static final int PAUSE_MILLIS = 25;

    private static Socket connect(MultiClientEchoServer server) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    private static String roundTrip(Socket client, String text, String whenSilent) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.getOutputStream().write(bytes);
        try {
            return new String(client.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no echo of \"" + text + "\" within " + READ_TIMEOUT_MILLIS + " ms: " + whenSilent);
        }
    }

    @Test
    @DisplayName("echoes what a client sends, byte for byte")
    void echoesBytes(Steps steps) throws Exception {
        byte[] data = new byte[64 * 1024];
        new Random(3).nextBytes(data);
        try (MultiClientEchoServer server = startServer(); Socket client = connect(server)) {
            steps.step("started the server on port " + server.port() + " and connected a client");
            steps.step("sent 64 KiB of random bytes");
            client.getOutputStream().write(data);
            assertSameBytes("the echoed bytes", data, client.getInputStream().readNBytes(data.length));
        }
    }

    @Test
    @DisplayName("serves a second client while the first one sends nothing")
    void servesOthersWhileOneIdles(Steps steps) throws Exception {
        try (MultiClientEchoServer server = startServer(); Socket idle = connect(server); Socket active = connect(server)) {
            steps.step("connected a first client that sends nothing");
            assertThat(idle.isConnected()).isTrue();
            steps.step("connected a second client and sent \"ping\"");
            assertThat(roundTrip(active, "ping", "the first client is idle, and the second waits for it."
                    + " Is each client served in its own thread?")).isEqualTo("ping");
        }
    }

    @Test
    @DisplayName("serves 20 clients at the same time")
    void servesTwentyClientsAtOnce(Steps steps) throws Exception {
        try (MultiClientEchoServer server = startServer()) {
            List<Socket> clients = new ArrayList<>();
            try {
                steps.step("connected 20 clients");
                for (int i = 0; i < 20; i++) {
                    clients.add(connect(server));
                }
                steps.step("sent a different message on each, then read every echo");
                for (int i = 0; i < clients.size(); i++) {
                    clients.get(i).getOutputStream().write(("client " + i + ";").getBytes(StandardCharsets.UTF_8));
                }
                for (int i = clients.size() - 1; i >= 0; i--) {
                    String expected = "client " + i + ";";
                    byte[] echo = readOrFail(clients.get(i).getInputStream(), expected.length(),
                            "client " + i + " got no echo while 19 other clients were connected");
                    assertThat(new String(echo, StandardCharsets.UTF_8)).as("echo to client " + i).isEqualTo(expected);
                }
            } finally {
                for (Socket client : clients) {
                    client.close();
                }
            }
        }
    }

    @Test
    @DisplayName("keeps serving after clients reset or vanish")
    void survivesResetsAndVanishingClients(Steps steps) throws Exception {
        try (MultiClientEchoServer server = startServer()) {
            try (Socket rude = connect(server)) {
                steps.step("a client sent \"abc\", read its echo, then reset the connection (SO_LINGER 0)");
                assertThat(roundTrip(rude, "abc", "the server does not echo")).isEqualTo("abc");
                rude.setSoLinger(true, 0);
            }
            steps.step("a client connected and closed at once without sending anything");
            connect(server).close();
            // The server learns of the reset a moment later, in its own thread: watch for a while, so a
            // server that a reset stops is caught however late it notices.
            steps.step("for " + AFTER_RESET_MILLIS + " ms, a new client every " + PAUSE_MILLIS
                    + " ms connected and sent \"still there?\"");
            long end = System.nanoTime() + Duration.ofMillis(AFTER_RESET_MILLIS).toNanos();
            do {
                try (Socket next = connectAfterReset(server)) {
                    assertThat(roundTrip(next, "still there?", "the server stopped serving after a client reset"))
                            .isEqualTo("still there?");
                    pause(next);
                }
            } while (System.nanoTime() < end);
        }
    }

    private static Socket connectAfterReset(MultiClientEchoServer server) throws IOException {
        try {
            return connect(server);
        } catch (ConnectException e) {
            throw new AssertionError("a new client could not connect after another one reset its connection ("
                    + e.getMessage() + "): a client's error must end only that client's connection, not the server");
        }
    }

    /** Waits {@link #PAUSE_MILLIS} on the idle connection: a bounded read that times out. */
    private static void pause(Socket client) throws IOException {
        client.setSoTimeout(PAUSE_MILLIS);
        try {
            client.getInputStream().read();
        } catch (SocketTimeoutException expected) {
            // Nothing was due: the pause is over.
        }
    }

    @Test
    @DisplayName("echoes everything to a client that half-closes, then ends the connection")
    void finishesAHalfClosedConnection(Steps steps) throws Exception {
        byte[] data = "half-close me\n".repeat(700).getBytes(StandardCharsets.UTF_8);
        try (MultiClientEchoServer server = startServer(); Socket client = connect(server)) {
            steps.step("sent " + data.length + " bytes, then shutdownOutput()");
            client.getOutputStream().write(data);
            client.shutdownOutput();
            steps.step("read until the server closed its side");
            byte[] echoed = readOrFail(client.getInputStream(), Integer.MAX_VALUE,
                    "the server did not close the connection after the client's end of stream");
            assertSameBytes("everything echoed before the server closed", data, echoed);
        }
    }

    @Test
    @DisplayName("close() disconnects the clients and frees the port")
    void closeDisconnectsClientsAndFreesThePort(Steps steps) throws Exception {
        MultiClientEchoServer server = startServer();
        boolean closed = false;
        int port = server.port();
        assertThat(port).as("port() after binding port 0").isPositive();
        try (Socket client = connect(server)) {
            steps.step("a client connected to port " + port + " and got an echo");
            assertThat(roundTrip(client, "hi", "the server does not echo")).isEqualTo("hi");
            steps.step("called close() on the server");
            TimeLimit.call(Duration.ofSeconds(3), "close() did not return", () -> {
                server.close();
                return null;
            });
            closed = true;
            steps.step("the client read from its connection");
            try {
                assertThat(client.getInputStream().read()).as("what the client reads after close()").isEqualTo(-1);
            } catch (SocketTimeoutException e) {
                fail("the client was still connected " + READ_TIMEOUT_MILLIS + " ms after close():"
                        + " close() must close every client connection, not only the listening socket");
            } catch (SocketException expected) {
                // A reset is fine too: the connection is gone.
            }
        } finally {
            if (!closed) {
                server.close();
            }
        }
        steps.step("bound a new server socket to port " + port);
        try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    @DisplayName("close() returns only when its threads have ended and its sockets are closed")
    void closeWaitsForItsThreadsAndSockets(Steps steps) throws Exception {
        FinishedOnReturn watch = FinishedOnReturn.watch(MultiClientEchoServer.class);
        MultiClientEchoServer server = startServer();
        boolean closed = false;
        List<Socket> clients = new ArrayList<>();
        try {
            steps.step("connected 10 clients; each sent a message and got its echo");
            for (int i = 0; i < 10; i++) {
                Socket client = connect(server);
                clients.add(client);
                assertThat(roundTrip(client, "c" + i, "the server does not echo")).isEqualTo("c" + i);
            }
            steps.step("called close() while the 10 clients were connected, and looked at the server's threads"
                    + " and sockets the moment it returned");
            closed = true;
            TimeLimit.call(Duration.ofSeconds(3), "close() did not return", () -> {
                watch.call("close()", clients.size(), server::close);
                return null;
            });
        } finally {
            for (Socket client : clients) {
                client.close();
            }
            if (!closed) {
                server.close();
            }
        }
    }

    @Test
    @DisplayName("start() on a port that is taken throws IOException and leaves no socket open")
    void failsToBindATakenPort(Steps steps) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            steps.step("bound port " + taken.getLocalPort() + " elsewhere, then called start() on it");
            FinishedOnReturn watch = FinishedOnReturn.watch(MultiClientEchoServer.class);
            assertThatThrownBy(() -> MultiClientEchoServer.start(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), taken.getLocalPort())))
                    .as("start() on a port that is taken")
                    .isInstanceOf(IOException.class);
            steps.step("looked at the sockets the moment start() had thrown");
            watch.assertFinished("start()", 0);
        }
    }

    private static byte[] readOrFail(InputStream in, int length, String whenSilent) throws IOException {
        try {
            return in.readNBytes(length);
        } catch (SocketTimeoutException e) {
            throw new AssertionError(whenSilent + " (waited " + READ_TIMEOUT_MILLIS + " ms)");
        }
    }
}
