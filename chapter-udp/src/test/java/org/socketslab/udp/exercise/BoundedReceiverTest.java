package org.socketslab.udp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;

@Tag("udp-2")
@Exercise(id = "udp-2", title = "Whole datagrams, and a limit", docs = "udp.html#udp-2")
class BoundedReceiverTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);

    private static DatagramSocket socket() throws IOException {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(2_000);
        return socket;
    }

    private static void send(DatagramSocket from, DatagramSocket to, byte[] data) throws IOException {
        from.send(new DatagramPacket(data, data.length, to.getLocalSocketAddress()));
    }

    private static BoundedReceiver.Datagram receive(BoundedReceiver receiver) throws Exception {
        return TimeLimit.call(LIMIT, "receive() did not return although a datagram was waiting", receiver::receive);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    @DisplayName("returns the bytes and the sender of each datagram")
    void returnsBytesAndSender(Steps steps) throws Exception {
        try (DatagramSocket socket = socket(); DatagramSocket alice = socket(); DatagramSocket bob = socket()) {
            BoundedReceiver receiver = new BoundedReceiver(socket, 1000);
            steps.step("sent \"hi\" from one socket and 500 random bytes from another to a receiver with a limit of 1000");
            byte[] big = randomBytes(500, 1);
            send(alice, socket, "hi".getBytes(StandardCharsets.US_ASCII));
            send(bob, socket, big);
            BoundedReceiver.Datagram first = receive(receiver);
            assertSameBytes("the first datagram", "hi".getBytes(StandardCharsets.US_ASCII), first.data());
            assertThat(first.sender()).as("its sender").isEqualTo(alice.getLocalSocketAddress());
            BoundedReceiver.Datagram second = receive(receiver);
            assertSameBytes("the second datagram", big, second.data());
            assertThat(second.sender()).as("its sender").isEqualTo(bob.getLocalSocketAddress());
        }
    }

    @Test
    @DisplayName("returns only the bytes of the datagram, not the rest of the buffer")
    void returnsOnlyTheDatagram(Steps steps) throws Exception {
        try (DatagramSocket socket = socket(); DatagramSocket sender = socket()) {
            BoundedReceiver receiver = new BoundedReceiver(socket, 1000);
            steps.step("sent a 10-byte datagram to a receiver with a limit of 1000");
            byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
            send(sender, socket, ten);
            assertSameBytes("the datagram", ten, receive(receiver).data());
        }
    }

    @Test
    @DisplayName("returns an empty datagram as zero bytes")
    void returnsAnEmptyDatagram(Steps steps) throws Exception {
        try (DatagramSocket socket = socket(); DatagramSocket sender = socket()) {
            BoundedReceiver receiver = new BoundedReceiver(socket, 100);
            steps.step("sent an empty datagram, then \"x\"");
            send(sender, socket, new byte[0]);
            send(sender, socket, new byte[] {'x'});
            assertSameBytes("the empty datagram", new byte[0], receive(receiver).data());
            assertSameBytes("the next one", new byte[] {'x'}, receive(receiver).data());
        }
    }

    @Test
    @DisplayName("returns a datagram of exactly the limit whole")
    void acceptsExactlyTheLimit(Steps steps) throws Exception {
        try (DatagramSocket socket = socket(); DatagramSocket sender = socket()) {
            BoundedReceiver receiver = new BoundedReceiver(socket, 1000);
            steps.step("sent a datagram of exactly 1000 bytes to a receiver with a limit of 1000");
            byte[] full = randomBytes(1000, 2);
            send(sender, socket, full);
            assertSameBytes("the datagram", full, receive(receiver).data());
        }
    }

    @Test
    @DisplayName("rejects a datagram one byte over the limit with TooLargeException")
    void rejectsOneByteOver(Steps steps) throws Exception {
        try (DatagramSocket socket = socket(); DatagramSocket sender = socket()) {
            BoundedReceiver receiver = new BoundedReceiver(socket, 1000);
            steps.step("sent a datagram of 1001 bytes to a receiver with a limit of 1000");
            send(sender, socket, randomBytes(1001, 3));
            Throwable thrown = catchOrDescribe(receiver, 1001, 1000);
            assertThat(thrown).as("what receive() did with a datagram over the limit")
                    .isInstanceOf(BoundedReceiver.TooLargeException.class);
            assertThat(thrown.getMessage()).withFailMessage("the TooLargeException must name the limit (1000), but it says \"%s\"",
                    thrown.getMessage()).contains("1000");
        }
    }

    @Test
    @DisplayName("goes on receiving after rejecting a datagram")
    void goesOnAfterARejection(Steps steps) throws Exception {
        try (DatagramSocket socket = socket(); DatagramSocket sender = socket()) {
            BoundedReceiver receiver = new BoundedReceiver(socket, 100);
            steps.step("sent 65,507 bytes, then \"next\", to a receiver with a limit of 100");
            send(sender, socket, randomBytes(65_507, 4));
            send(sender, socket, "next".getBytes(StandardCharsets.US_ASCII));
            assertThat(catchOrDescribe(receiver, 65_507, 100)).as("what receive() did with the big datagram")
                    .isInstanceOf(BoundedReceiver.TooLargeException.class);
            steps.step("called receive() again");
            assertSameBytes("the datagram after the rejected one", "next".getBytes(StandardCharsets.US_ASCII),
                    receive(receiver).data());
        }
    }

    @Test
    @DisplayName("receives the largest UDP datagram, 65,507 bytes, when the limit allows it")
    void receivesTheLargestDatagram(Steps steps) throws Exception {
        try (DatagramSocket socket = socket(); DatagramSocket sender = socket()) {
            socket.setReceiveBufferSize(256 * 1024);
            BoundedReceiver receiver = new BoundedReceiver(socket, BoundedReceiver.MAX_UDP_PAYLOAD);
            steps.step("sent a datagram of 65,507 bytes to a receiver with a limit of 65,507");
            byte[] largest = randomBytes(65_507, 5);
            send(sender, socket, largest);
            assertSameBytes("the datagram", largest, receive(receiver).data());
        }
    }

    @Test
    @DisplayName("lets the receive timeout of the socket through as SocketTimeoutException")
    void letsTheTimeoutThrough(Steps steps) throws Exception {
        try (DatagramSocket socket = socket()) {
            socket.setSoTimeout(100);
            BoundedReceiver receiver = new BoundedReceiver(socket, 100);
            steps.step("called receive() on a socket with a 100 ms receive timeout, with nothing sent");
            Throwable thrown = catchThrowable(() -> receive(receiver));
            assertThat(thrown).withFailMessage("receive() with nothing to receive must let the socket's"
                    + " SocketTimeoutException through, but it %s", thrown == null ? "returned" : "threw " + thrown)
                    .isInstanceOf(SocketTimeoutException.class);
            assertThat(socket.isClosed()).withFailMessage("receive() closed the socket: the receiver does not own"
                    + " it and must never close it").isFalse();
        }
    }

    @Test
    @DisplayName("refuses a limit below 0 or above 65,507")
    void refusesImpossibleLimits(Steps steps) throws Exception {
        try (DatagramSocket socket = socket()) {
            steps.step("created a receiver with a limit of 0, which is allowed (empty datagrams only)");
            assertThatCode(() -> new BoundedReceiver(socket, 0)).as("new BoundedReceiver(socket, 0)")
                    .doesNotThrowAnyException();
            steps.step("created a receiver with a limit of -1");
            assertThatThrownBy(() -> new BoundedReceiver(socket, -1)).isInstanceOf(IllegalArgumentException.class);
            steps.step("created a receiver with a limit of 65,508");
            assertThatThrownBy(() -> new BoundedReceiver(socket, 65_508)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** What receive() threw; if it returned a datagram instead, a failure that says how big it was. */
    private static Throwable catchOrDescribe(BoundedReceiver receiver, int sent, int limit) throws Exception {
        BoundedReceiver.Datagram datagram;
        try {
            datagram = receive(receiver);
        } catch (RuntimeException | Error bugOrTodo) {
            throw bugOrTodo;
        } catch (Exception e) {
            return e;
        }
        int got = datagram.data().length;
        throw new AssertionError("receive() returned " + got + " bytes of a " + sent + "-byte datagram instead of"
                + " throwing TooLargeException (the limit is " + limit + ")" + (got < sent
                ? ": the datagram was cut to fit the buffer, silently. How can your code tell that a datagram did not fit?"
                : ": is the size checked against the limit?"));
    }
}
