package org.socketslab.udp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.socketslab.kit.faults.Direction;
import org.socketslab.kit.faults.UdpRelay;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.FinishedOnReturn;

@Tag("udp-1")
@Exercise(id = "udp-1", title = "Request with timeout, retries and ids", docs = "udp.html#udp-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // in the docs' order: the first failure is the most telling
class RequestClientTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String HUNG = "request() is still waiting. A lost datagram never arrives: does every attempt"
            + " end after its timeout (setSoTimeout), and is the request then sent again?";

    private static <T> T limited(Callable<T> call) throws Exception {
        return TimeLimit.call(LIMIT, HUNG, call);
    }

    private static String ask(RequestClient client, String text) throws Exception {
        byte[] answer = limited(() -> client.request(text.getBytes(StandardCharsets.UTF_8)));
        return new String(answer, StandardCharsets.UTF_8);
    }

    /** What {@code call} threw; a hang fails the test at once with {@code whenHung}. */
    private static Throwable thrownBy(String whenHung, Callable<?> call) {
        try {
            TimeLimit.call(LIMIT, whenHung, call);
        } catch (AssertionError | RuntimeException hungOrBug) {
            throw hungOrBug;
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("request() returned an answer, but the server never sent one");
    }

    private static List<String> texts(List<ScriptedServer.Request> requests) {
        return requests.stream().map(ScriptedServer.Request::text).collect(Collectors.toList());
    }

    @Test
    @Order(1)
    @DisplayName("returns the answer to each request")
    void returnsTheAnswers(Steps steps) throws Exception {
        try (ScriptedServer server = ScriptedServer.answering()) {
            FinishedOnReturn watch = FinishedOnReturn.watch(RequestClient.class);
            RequestClient client = new RequestClient(server.address(), Duration.ofMillis(500), 3);
            try {
                steps.step("started a server that answers every request at once");
                for (String text : List.of("first", "second", "", "fourth")) {
                    steps.step("requested \"" + text + "\"");
                    assertThat(ask(client, text)).as("the answer to \"" + text + "\"").isEqualTo(ScriptedServer.answerTo(text));
                }
                assertThat(server.requests().stream().map(ScriptedServer.Request::id).distinct().count())
                        .as("different ids for the 4 requests").isEqualTo(4);
                assertThat(server.requests().stream().map(ScriptedServer.Request::from).distinct().count())
                        .withFailMessage("the 4 requests came from %s: one client keeps one socket, so a late"
                                + " reply to any request still reaches it", server.requests().stream()
                                .map(ScriptedServer.Request::from).distinct().collect(Collectors.toList()))
                        .isEqualTo(1);
                steps.step("closed the client");
                watch.call("close()", 0, client::close);
            } finally {
                client.close();
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("retries until each request gets through a relay that drops datagrams both ways")
    void retriesThroughALossyRelay(Steps steps) throws Exception {
        // A retry sent because a reply was merely slow (a busy machine) shifts which datagrams the
        // seed drops, so the test must pass for any pattern, not only the seed's usual one: at a
        // tenth, six failed attempts in a row happen about once in 20,000 requests. Seed 149 drops
        // the first request and the first reply whatever comes later, so both ways always lose one.
        try (ScriptedServer server = ScriptedServer.answering();
             UdpRelay relay = UdpRelay.to(server.address()).seed(149).drop(0.1).start();
             RequestClient client = new RequestClient(relay.address(), Duration.ofMillis(50), 6)) {
            steps.step("put a relay that loses a tenth of the datagrams, each way, in front of the server");
            for (int i = 1; i <= 15; i++) {
                String text = "request " + i;
                steps.step("requested \"" + text + "\"");
                assertThat(ask(client, text)).as("the answer to \"" + text + "\"").isEqualTo(ScriptedServer.answerTo(text));
            }
            long requestsLost = relay.counts(Direction.CLIENT_TO_SERVER).dropped();
            long repliesLost = relay.counts(Direction.SERVER_TO_CLIENT).dropped();
            steps.step("the relay dropped " + requestsLost + " requests and " + repliesLost + " replies on the way");
            assertThat(requestsLost).as("requests the relay dropped").isPositive();
            assertThat(repliesLost).as("replies the relay dropped").isPositive();
        }
    }

    @Test
    @Order(3)
    @DisplayName("ignores duplicated replies")
    void ignoresDuplicatedReplies(Steps steps) throws Exception {
        try (ScriptedServer server = ScriptedServer.answering();
             UdpRelay relay = UdpRelay.to(server.address()).duplicate(1.0).direction(Direction.SERVER_TO_CLIENT).start();
             RequestClient client = new RequestClient(relay.address(), Duration.ofMillis(500), 3)) {
            steps.step("put a relay that delivers every reply twice in front of the server");
            for (int i = 1; i <= 5; i++) {
                String text = "request " + i;
                steps.step("requested \"" + text + "\"");
                assertThat(ask(client, text)).as("the answer to \"" + text + "\" (the second copy of the answer to the"
                        + " request before it arrived first)").isEqualTo(ScriptedServer.answerTo(text));
            }
        }
    }

    @Test
    @Order(4)
    @DisplayName("ignores a late reply to an earlier request")
    void ignoresALateReplyToAnEarlierRequest(Steps steps) throws Exception {
        // Request "first": the first attempt is not answered, the second is. "second" is answered at
        // once. "third": the late answer to "first"'s first attempt turns up, then the real answer.
        // Stale by two requests, so that skipping only the previous request's id does not help.
        ScriptedServer.Script script = (request, earlier, server) -> {
            List<ScriptedServer.Request> firsts = earlier.stream().filter(r -> r.text().equals("first"))
                    .collect(Collectors.toList());
            if (request.text().equals("first") && firsts.isEmpty()) {
                return;
            }
            if (request.text().equals("third")) {
                ScriptedServer.Request ignored = firsts.get(0);
                server.reply(request.from(), ignored.id(), "late " + ScriptedServer.answerTo(ignored.text()));
            }
            server.answer(request);
        };
        try (ScriptedServer server = new ScriptedServer(script);
             RequestClient client = new RequestClient(server.address(), Duration.ofMillis(100), 3)) {
            steps.step("requested \"first\"; the server ignored the first attempt and answered the second");
            assertThat(ask(client, "first")).isEqualTo(ScriptedServer.answerTo("first"));
            steps.step("requested \"second\"; the server answered at once");
            assertThat(ask(client, "second")).as("the answer to \"second\"").isEqualTo(ScriptedServer.answerTo("second"));
            steps.step("requested \"third\"; the server sent the late answer to the first attempt of \"first\","
                    + " then the answer to \"third\"");
            assertThat(ask(client, "third")).as("the answer to \"third\"").isEqualTo(ScriptedServer.answerTo("third"));
        }
    }

    @Test
    @Order(5)
    @DisplayName("ignores a reply with the right id from another address")
    void ignoresAnotherSender(Steps steps) throws Exception {
        try (DatagramSocket stranger = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             ScriptedServer server = new ScriptedServer((request, earlier, s) -> {
                 byte[] forged = ByteBuffer.allocate(RequestClient.ID_BYTES + 6).putInt(request.id())
                         .put("forged".getBytes(StandardCharsets.UTF_8)).array();
                 stranger.send(new DatagramPacket(forged, forged.length, request.from()));
                 s.answer(request);
             });
             RequestClient client = new RequestClient(server.address(), Duration.ofMillis(500), 3)) {
            steps.step("requested \"hello\"; before the server answered, another socket sent the client a reply"
                    + " with the same id");
            assertThat(ask(client, "hello")).as("the answer").isEqualTo(ScriptedServer.answerTo("hello"));
        }
    }

    @Test
    @Order(6)
    @DisplayName("accepts a late reply to an earlier attempt of the same request")
    void acceptsALateReplyToAnEarlierAttempt(Steps steps) throws Exception {
        // The server answers the first attempt, late: only once the second attempt has arrived.
        ScriptedServer.Script script = (request, earlier, server) -> {
            if (earlier.size() == 1) {
                ScriptedServer.Request first = earlier.get(0);
                server.reply(first.from(), first.id(), ScriptedServer.answerTo(first.text()));
            }
        };
        try (ScriptedServer server = new ScriptedServer(script);
             RequestClient client = new RequestClient(server.address(), Duration.ofMillis(100), 4)) {
            steps.step("requested \"slow\"; the server answered the first attempt only after the second had arrived");
            assertThat(ask(client, "slow")).as("the answer").isEqualTo(ScriptedServer.answerTo("slow"));
            List<ScriptedServer.Request> attempts = server.requests();
            steps.step("the server saw " + attempts.size() + " attempts with ids "
                    + attempts.stream().map(r -> Integer.toHexString(r.id())).collect(Collectors.toList()));
            assertThat(attempts.stream().map(ScriptedServer.Request::id).distinct().count())
                    .as("different ids among the attempts of one request").isEqualTo(1);
        }
    }

    @Test
    @Order(7)
    @DisplayName("waits longer before each retry, then throws SocketTimeoutException after the last attempt")
    void backsOffThenGivesUp(Steps steps) throws Exception {
        Duration first = Duration.ofMillis(150);
        try (ScriptedServer server = ScriptedServer.silent();
             RequestClient client = new RequestClient(server.address(), first, 3)) {
            steps.step("requested \"anyone?\" from a server that never answers; first timeout 150 ms, 3 attempts");
            long start = System.nanoTime();
            Throwable thrown = thrownBy(HUNG, () -> client.request("anyone?".getBytes(StandardCharsets.UTF_8)));
            assertThat(thrown).as("what request() threw after the last attempt").isInstanceOf(SocketTimeoutException.class);
            assertThat(thrown.getMessage()).withFailMessage("the SocketTimeoutException must say how many attempts"
                    + " were made (3), but it says \"%s\"", thrown.getMessage()).contains("3");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            List<ScriptedServer.Request> attempts = server.requests();
            steps.step("request() threw after " + tookMillis + " ms; the server saw " + attempts.size() + " attempts");
            assertThat(texts(attempts)).as("the attempts the server saw").containsExactly("anyone?", "anyone?", "anyone?");
            long firstGap = attempts.get(1).nanos() - attempts.get(0).nanos();
            long secondGap = attempts.get(2).nanos() - attempts.get(1).nanos();
            steps.step("time between attempts: " + firstGap / 1_000_000 + " ms, then " + secondGap / 1_000_000 + " ms");
            // 150 + 300 + 600 ms: a timeout never fires early. Checked first, as it holds however
            // busy the machine is, while two equal waits may differ either way by a few ms.
            assertThat(tookMillis).withFailMessage("request() gave up after %d ms, but three attempts take at least"
                    + " 150 + 300 + 600 ms when each waits twice as long as the one before", tookMillis)
                    .isGreaterThanOrEqualTo(1_000);
            assertThat(secondGap).withFailMessage("the wait before the third attempt (%d ms) must be longer than the wait"
                    + " before the second (%d ms): each attempt waits twice as long as the one before",
                    secondGap / 1_000_000, firstGap / 1_000_000).isGreaterThan(firstGap);
        }
    }

    @Test
    @Order(8)
    @DisplayName("gives up on time even while stale replies keep arriving")
    void givesUpOnTimeDespiteStaleReplies(Steps steps) throws Exception {
        AtomicBoolean flooding = new AtomicBoolean(true);
        // Answers nothing, but sends a reply with a wrong id at every tick.
        ScriptedServer.Script script = new ScriptedServer.Script() {
            @Override
            public void on(ScriptedServer.Request request, List<ScriptedServer.Request> earlier, ScriptedServer server)
                    throws java.io.IOException {
                server.reply(request.from(), request.id() + 1000, "not for you");
            }

            @Override
            public void idle(List<ScriptedServer.Request> earlier, ScriptedServer server) throws java.io.IOException {
                if (!earlier.isEmpty() && flooding.get()) {
                    server.reply(earlier.get(0).from(), earlier.get(0).id() + 1000, "not for you either");
                }
            }
        };
        try (ScriptedServer server = new ScriptedServer(script);
             RequestClient client = new RequestClient(server.address(), Duration.ofMillis(200), 2)) {
            steps.step("requested \"hello?\" (first timeout 200 ms, 2 attempts) from a server that never answers it"
                    + " but sends a reply with another id every " + ScriptedServer.TICK_MILLIS + " ms");
            try {
                Throwable thrown = thrownBy("request() never gave up: each ignored datagram seems to start the wait"
                        + " again. An attempt has a deadline; wait only for what is left of it.",
                        () -> client.request("hello?".getBytes(StandardCharsets.UTF_8)));
                assertThat(thrown).as("what request() threw after 2 attempts of 200 + 400 ms")
                        .isInstanceOf(SocketTimeoutException.class);
            } finally {
                flooding.set(false);
            }
        }
    }

    @Test
    @Order(9)
    @DisplayName("refuses zero attempts and a zero timeout")
    void refusesBadSettings(Steps steps) throws Exception {
        InetSocketAddress nowhere = new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);
        steps.step("created a client with 0 attempts");
        assertThatThrownBy(() -> new RequestClient(nowhere, Duration.ofMillis(100), 0).close())
                .isInstanceOf(IllegalArgumentException.class);
        steps.step("created a client with a timeout of 0");
        assertThatThrownBy(() -> new RequestClient(nowhere, Duration.ZERO, 3).close())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Order(10)
    @DisplayName("ignores a datagram too short to hold an id")
    void ignoresARunt(Steps steps) throws Exception {
        try (ScriptedServer server = new ScriptedServer((request, earlier, s) -> {
                 s.send(request.from(), new byte[] {7, 7}); // 2 bytes: no room for a 4-byte id
                 s.answer(request);
             });
             RequestClient client = new RequestClient(server.address(), Duration.ofMillis(500), 3)) {
            steps.step("requested \"hello\"; the server sent a 2-byte datagram first, then the answer");
            assertThat(ask(client, "hello")).as("the answer").isEqualTo(ScriptedServer.answerTo("hello"));
        }
    }

    @Test
    @Order(11)
    @DisplayName("refuses a payload too large for one datagram with IllegalArgumentException")
    void refusesAnOversizedPayload(Steps steps) throws Exception {
        try (ScriptedServer server = ScriptedServer.answering();
             RequestClient client = new RequestClient(server.address(), Duration.ofMillis(200), 2)) {
            int tooLong = RequestClient.MAX_DATAGRAM - RequestClient.ID_BYTES + 1;
            steps.step("requested a payload of " + tooLong + " bytes, one more than fits in a datagram with its id");
            Throwable thrown = catchThrowable(() -> limited(() -> client.request(new byte[tooLong])));
            if (!(thrown instanceof IllegalArgumentException)) {
                throw new AssertionError("for a payload of " + tooLong + " bytes, request() "
                        + (thrown == null ? "returned" : "threw " + thrown) + " instead of IllegalArgumentException:"
                        + " a datagram holds at most " + RequestClient.MAX_DATAGRAM + " bytes, id included, so the"
                        + " payload can be refused before anything is sent", thrown);
            }
            assertThat(server.requests()).as("datagrams that reached the server").isEmpty();
        }
    }

    @Test
    @Order(12)
    @DisplayName("sends the largest payload that fits, with a single attempt, and takes an empty answer")
    void sendsTheLargestPayloadAndTakesAnEmptyAnswer(Steps steps) throws Exception {
        int fits = RequestClient.MAX_DATAGRAM - RequestClient.ID_BYTES;
        try (ScriptedServer server = new ScriptedServer((request, earlier, s) -> s.reply(request.from(), request.id(), ""));
             RequestClient client = new RequestClient(server.address(), Duration.ofMillis(1_000), 1)) {
            steps.step("with 1 attempt, requested a payload of " + fits + " bytes (the most that fits with its id)"
                    + " from a server that answers with the id alone");
            byte[] answer = limited(() -> client.request(new byte[fits]));
            assertThat(answer).as("the answer: the 4-byte id and nothing after it").isEmpty();
            assertThat(server.requests()).as("the requests the server saw").hasSize(1);
        }
    }
}
