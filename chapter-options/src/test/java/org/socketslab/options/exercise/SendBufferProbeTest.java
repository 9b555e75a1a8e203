package org.socketslab.options.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;
import org.socketslab.kit.grading.TimeLimit;
import org.socketslab.kit.leaks.OpenSockets;

@Tag("options-4")
@Exercise(id = "options-4", title = "What a peer that never reads absorbs", docs = "options.html#options-4")
class SendBufferProbeTest {
    private static final Duration LIMIT = Duration.ofSeconds(2); // absorb() takes milliseconds; a blocking write never ends
    /** The peer's receive buffer, set on the listener before bind so that accepted sockets inherit it. */
    private static final int PEER_RECEIVE_BUFFER = 64 * 1024;
    private static final int SMALL = 8 * 1024;
    private static final int LARGE = 256 * 1024;

    /** A listener whose connections are never read until the test says so; closing it resets the unread ones. */
    private static ServerSocket neverReadingPeer() throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReceiveBufferSize(PEER_RECEIVE_BUFFER);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return listener;
    }

    private static long absorb(ServerSocket peer, int sendBuffer, Steps steps) throws Exception {
        steps.step("called absorb(peer, " + sendBuffer + ") with a peer whose SO_RCVBUF is " + PEER_RECEIVE_BUFFER
                + " and that does not read");
        OptionalInt socketsBefore = OpenSockets.count();
        long absorbed = TimeLimit.call(LIMIT, "absorb() did not return: a blocking write waits for room that never"
                + " comes, since the peer never reads. Is the channel in non-blocking mode?",
                () -> SendBufferProbe.absorb((InetSocketAddress) peer.getLocalSocketAddress(), sendBuffer));
        steps.step("absorb() returned " + absorbed);
        OptionalInt socketsAfter = OpenSockets.count();
        if (socketsBefore.isPresent() && socketsAfter.isPresent() && socketsAfter.getAsInt() > socketsBefore.getAsInt()) {
            throw new AssertionError("absorb() returned with its channel still open (this process has "
                    + (socketsAfter.getAsInt() - socketsBefore.getAsInt()) + " more open socket than before the call):"
                    + " close the channel before returning, with try-with-resources");
        }
        return absorbed;
    }

    /** The most two buffers can hold: Linux allocates twice each requested size; twice that again as a margin. */
    private static long ceiling(int sendBuffer) {
        return 2L * (2L * sendBuffer + 2L * PEER_RECEIVE_BUFFER);
    }

    @Test
    @DisplayName("the peer receives exactly the bytes absorb returned, then the end of the stream")
    void peerReceivesExactlyWhatWasCounted(Steps steps) throws Exception {
        try (ServerSocket peer = neverReadingPeer()) {
            // 256 KiB: the last write before the 0 usually takes only part of its buffer, so it must be counted as such.
            long absorbed = absorb(peer, LARGE, steps);
            try (Socket connection = peer.accept()) {
                connection.setSoTimeout(3_000);
                steps.step("the peer now reads until the end of the stream");
                long received = 0;
                InputStream in = connection.getInputStream();
                byte[] buffer = new byte[64 * 1024];
                int n;
                try {
                    while ((n = in.read(buffer)) != -1) {
                        received += n;
                    }
                } catch (SocketException e) {
                    throw new AssertionError("the peer's read failed (" + e.getMessage() + ") after " + received + " of the "
                            + absorbed + " bytes absorb() returned: the connection was reset, not closed gracefully, and"
                            + " the bytes still unsent were thrown away. Does close() linger 0?");
                }
                assertThat(received).as("bytes the peer received before the end of the stream (absorb() returned "
                        + absorbed + ")").isEqualTo(absorbed);
            }
        }
    }

    @Test
    @DisplayName("stops once the buffers are full, within what the two buffers can hold")
    void fillsTheBuffersAndNoMore(Steps steps) throws Exception {
        try (ServerSocket peer = neverReadingPeer()) {
            long absorbed = absorb(peer, 64 * 1024, steps);
            assertThat(absorbed).as("bytes absorbed: at least the requested send buffer, at most twice what the doubled"
                    + " send and receive buffers hold (" + ceiling(64 * 1024) + "); is SO_SNDBUF set?")
                    .isBetween(64L * 1024, ceiling(64 * 1024));
        }
    }

    @Test
    @DisplayName("a 256 KiB send buffer absorbs more than an 8 KiB one, by at least the difference")
    void sendBufferSizeMatters(Steps steps) throws Exception {
        try (ServerSocket peer = neverReadingPeer()) {
            long small = absorb(peer, SMALL, steps);
            long large = absorb(peer, LARGE, steps);
            assertThat(small).as("bytes absorbed with an 8 KiB send buffer").isLessThanOrEqualTo(ceiling(SMALL));
            assertThat(large - small).as("bytes absorbed with 256 KiB minus bytes absorbed with 8 KiB")
                    .isGreaterThanOrEqualTo(LARGE - SMALL);
        }
    }
}
