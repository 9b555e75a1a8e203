package org.socketslab.udp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.FinishedOnReturn;
import org.socketslab.udp.UdpEchoServer;

@Tag("udp-4")
@Exercise(id = "udp-4", title = "Connected UDP: fail fast, hear only the server", docs = "udp.html#udp-4")
class ConnectedClientTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "request() is still waiting for a reply that is not coming."
            + " Does the socket have a receive timeout (setSoTimeout)?";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What {@code call} threw, and after how many ms; a hang fails at once. */
    private static Outcome outcome(Callable<byte[]> call) throws Exception {
        long start = System.nanoTime();
        try {
            byte[] reply = TimeLimit.call(LIMIT, HUNG, call);
            return new Outcome(null, reply, (System.nanoTime() - start) / 1_000_000);
        } catch (AssertionError | RuntimeException hungOrBug) {
            throw hungOrBug;
        } catch (Exception e) {
            return new Outcome(e, null, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private record Outcome(Exception thrown, byte[] reply, long millis) {
        String describe() {
            return thrown != null ? thrown.getClass().getSimpleName() + " after " + millis + " ms"
                    : "a reply of " + reply.length + " bytes after " + millis + " ms";
        }
    }

    /**
     * Holds a loopback UDP port where no one is heard. A port merely let go could be taken by
     * another process before the test sends there; this one stays bound for the whole test, but
     * its socket is connected to itself, so the kernel matches no other sender's datagram to it
     * and answers with ICMP "port unreachable", as for a port nobody has bound.
     */
    private static DatagramSocket unreachablePort() throws IOException {
        DatagramSocket holder = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        holder.connect(holder.getLocalSocketAddress());
        return holder;
    }

    @Test
    @DisplayName("returns the reply from the server")
    void returnsTheReply(Steps steps) throws Exception {
        try (UdpEchoServer echo = UdpEchoServer.start(InetAddress.getLoopbackAddress(), 0)) {
            FinishedOnReturn watch = FinishedOnReturn.watch(ConnectedClient.class);
            ConnectedClient client = new ConnectedClient(echo.address(), Duration.ofSeconds(2));
            try {
                steps.step("sent \"hello\" and then \"again\" to the chapter's upper-casing echo server");
                assertThat(TimeLimit.call(LIMIT, HUNG, () -> client.request(bytes("hello"))))
                        .asString(StandardCharsets.UTF_8).isEqualTo("HELLO");
                assertThat(TimeLimit.call(LIMIT, HUNG, () -> client.request(bytes("again"))))
                        .asString(StandardCharsets.UTF_8).isEqualTo("AGAIN");
                steps.step("closed the client");
                watch.call("close()", 0, client::close);
            } finally {
                client.close();
            }
        }
    }

    @Test
    @DisplayName("fails fast with PortUnreachableException when nothing listens")
    void failsFastWhenNothingListens(Steps steps) throws Exception {
        Duration timeout = Duration.ofSeconds(2);
        try (DatagramSocket holder = unreachablePort()) {
            InetSocketAddress nobody = (InetSocketAddress) holder.getLocalSocketAddress();
            try (ConnectedClient client = new ConnectedClient(nobody, timeout)) {
                steps.step("sent a request to UDP port " + nobody.getPort() + ", where nothing listens, with a reply"
                        + " timeout of " + timeout.toMillis() + " ms");
                Outcome outcome = outcome(() -> client.request(bytes("anyone there?")));
                steps.step("request() ended with " + outcome.describe());
                if (!(outcome.thrown() instanceof PortUnreachableException)) {
                    throw new AssertionError("expected PortUnreachableException well before the " + timeout.toMillis()
                            + " ms timeout, but got " + outcome.describe() + ". Only a connected socket hears the"
                            + " \"port unreachable\" answer.");
                }
                // The kernel's answer comes at once; only a busy machine's scheduling delays it, so the
                // bound is the reply timeout itself (a quarter of it failed under a load of 14 on 2 cores).
                assertThat(outcome.millis()).withFailMessage("PortUnreachableException came after %d ms, not before the"
                        + " %d ms reply timeout: is the error reported by the first receive()?", outcome.millis(),
                        timeout.toMillis()).isLessThan(timeout.toMillis());
            }
        }
    }

    @Test
    @DisplayName("never returns a datagram from another sender")
    void ignoresStrangers(Steps steps) throws Exception {
        try (DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             ScriptedServer server = new ScriptedServer(new StrangerFirst(stranger));
             ConnectedClient client = new ConnectedClient(server.address(), Duration.ofSeconds(2))) {
            steps.step("sent a request to a server that has a stranger send \"not from the server\" to the client"
                    + " first, then answers");
            byte[] reply = TimeLimit.call(LIMIT, HUNG, () -> client.request(bytes("hello, server")));
            assertThat(reply).as("the reply").asString(StandardCharsets.UTF_8).isEqualTo(StrangerFirst.ANSWER);
        }
    }

    @Test
    @DisplayName("throws SocketTimeoutException when the server never answers")
    void timesOutOnASilentServer(Steps steps) throws Exception {
        Duration timeout = Duration.ofMillis(300);
        try (ScriptedServer silent = ScriptedServer.silent();
             ConnectedClient client = new ConnectedClient(silent.address(), timeout)) {
            steps.step("sent a request, with a reply timeout of 300 ms, to a server that never answers");
            Outcome outcome = outcome(() -> client.request(bytes("hello?")));
            steps.step("request() ended with " + outcome.describe());
            assertThat(outcome.thrown()).as("what request() threw").isInstanceOf(SocketTimeoutException.class);
            // Generous: a 300 ms timeout that fires after 1.5 s is not the caller's timeout.
            assertThat(outcome.millis()).withFailMessage("request() gave up after %d ms, but the reply timeout was"
                    + " 300 ms: a receive must wait at most the replyTimeout the client was given", outcome.millis())
                    .isLessThan(1_500);
        }
    }

    @Test
    @DisplayName("throws IOException for a server address it cannot connect to, leaving no socket open")
    void leavesNoSocketOpenWhenItCannotConnect(Steps steps) throws Exception {
        FinishedOnReturn watch = FinishedOnReturn.watch(ConnectedClient.class);
        steps.step("created a client for the unresolved address nowhere.invalid:9");
        assertThatThrownBy(() -> new ConnectedClient(InetSocketAddress.createUnresolved("nowhere.invalid", 9),
                Duration.ofSeconds(1))).as("new ConnectedClient(nowhere.invalid:9)").isInstanceOf(IOException.class);
        steps.step("looked at the sockets the moment the constructor had thrown");
        watch.assertFinished("the constructor", 0);
    }

    /** Before answering, has a stranger send a datagram to the client's port. */
    private static final class StrangerFirst implements ScriptedServer.Script {
        static final String ANSWER = "the server's answer";
        private final DatagramSocket stranger;

        StrangerFirst(DatagramSocket stranger) {
            this.stranger = stranger;
        }

        @Override
        public void on(ScriptedServer.Request request, java.util.List<ScriptedServer.Request> earlier, ScriptedServer server)
                throws IOException {
            byte[] junk = bytes("not from the server");
            stranger.send(new DatagramPacket(junk, junk.length, request.from()));
            server.send(request.from(), bytes(ANSWER));
        }
    }
}
