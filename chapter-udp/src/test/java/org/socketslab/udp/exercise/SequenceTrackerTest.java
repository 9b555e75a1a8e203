package org.socketslab.udp.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

@Tag("udp-3")
@Exercise(id = "udp-3", title = "Lost, duplicated, out of order", docs = "udp.html#udp-3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the small cases first: their failures say the most
class SequenceTrackerTest {

    private static SequenceTracker.Report track(Steps steps, int expected, int... arrivals) {
        List<Integer> shown = new ArrayList<>();
        for (int n : arrivals) {
            shown.add(n);
        }
        steps.step("tracked numbers 1.." + expected + "; recorded the arrivals " + shown);
        SequenceTracker tracker = new SequenceTracker(expected);
        for (int n : arrivals) {
            tracker.record(n);
        }
        return tracker.report();
    }

    private static SequenceTracker.Report report(int received, int lost, int duplicated, int outOfOrder) {
        return new SequenceTracker.Report(received, lost, duplicated, outOfOrder);
    }

    @Test
    @Order(1)
    @DisplayName("counts nothing unusual when every number arrives once, in order")
    void countsACleanRun(Steps steps) {
        assertThat(track(steps, 6, 1, 2, 3, 4, 5, 6)).as("the report").isEqualTo(report(6, 0, 0, 0));
    }

    @Test
    @Order(2)
    @DisplayName("counts a gap as lost, not as out of order")
    void countsAGapAsLost(Steps steps) {
        assertThat(track(steps, 6, 1, 2, 5, 6)).as("the report (3 and 4 never came)").isEqualTo(report(4, 2, 0, 0));
    }

    @Test
    @Order(3)
    @DisplayName("counts numbers missing at the end as lost")
    void countsATailAsLost(Steps steps) {
        assertThat(track(steps, 8, 1, 2, 4, 5)).as("the report (3, 6, 7 and 8 never came)")
                .isEqualTo(report(4, 4, 0, 0));
    }

    @Test
    @Order(4)
    @DisplayName("counts a late first arrival as out of order")
    void countsALateArrival(Steps steps) {
        assertThat(track(steps, 5, 1, 3, 2, 4, 5)).as("the report (2 came after 3)").isEqualTo(report(5, 0, 0, 1));
        assertThat(track(steps, 5, 5, 1, 2, 3, 4)).as("the report (1 to 4 came after 5)").isEqualTo(report(5, 0, 0, 4));
    }

    @Test
    @Order(5)
    @DisplayName("counts a repeated number as a duplicate, not as out of order")
    void countsADuplicate(Steps steps) {
        assertThat(track(steps, 4, 1, 2, 3, 2, 4)).as("the report (2 came twice)").isEqualTo(report(5, 0, 1, 0));
        assertThat(track(steps, 3, 1, 1, 1, 2, 3)).as("the report (1 came three times)").isEqualTo(report(5, 0, 2, 0));
    }

    @Test
    @Order(6)
    @DisplayName("counts a late number that then comes again once as out of order and once as a duplicate")
    void countsALateDuplicate(Steps steps) {
        assertThat(track(steps, 4, 1, 3, 2, 2, 4)).as("the report").isEqualTo(report(5, 0, 1, 1));
    }

    @Test
    @Order(7)
    @DisplayName("rejects numbers outside 1 to the expected count without counting them")
    void rejectsNumbersOutOfRange(Steps steps) {
        SequenceTracker tracker = new SequenceTracker(3);
        steps.step("tracked numbers 1..3; recorded 1, then tried 0, 4 and -7");
        tracker.record(1);
        for (int bad : new int[] {0, 4, -7}) {
            assertThatThrownBy(() -> tracker.record(bad)).as("record(" + bad + ")")
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(tracker.report()).as("the report").isEqualTo(report(1, 2, 0, 0));
        assertThat(tracker.report()).as("the report asked for a second time: report() changes no count")
                .isEqualTo(report(1, 2, 0, 0));
    }

    @Test
    @Order(8)
    @DisplayName("refuses a negative expected count and takes 0 as a run with nothing to track")
    void checksTheExpectedCount(Steps steps) {
        steps.step("created a tracker for -1 datagrams");
        assertThatThrownBy(() -> new SequenceTracker(-1)).as("new SequenceTracker(-1)")
                .isInstanceOf(IllegalArgumentException.class);
        steps.step("created a tracker for 0 datagrams and asked for its report");
        assertThat(new SequenceTracker(0).report()).as("the report of a run of 0").isEqualTo(report(0, 0, 0, 0));
    }

    @Test
    @Order(9)
    @DisplayName("agrees with what a seeded lossy relay did to 60 numbered datagrams")
    void agreesWithTheRelay(Steps steps) throws Exception {
        int count = 60;
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket sender = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             UdpRelay relay = UdpRelay.to((java.net.InetSocketAddress) receiver.getLocalSocketAddress())
                     .seed(8).drop(0.1).duplicate(0.1).reorder(0.15).start()) {
            receiver.setSoTimeout(2_000);
            steps.step("sent datagrams numbered 1 to " + count + " through a relay that drops, duplicates and reorders");
            for (int i = 1; i <= count; i++) {
                byte[] number = ByteBuffer.allocate(4).putInt(i).array();
                sender.send(new DatagramPacket(number, number.length, relay.address()));
            }
            await().atMost(Duration.ofSeconds(3)).until(() -> {
                UdpRelay.Counts c = relay.counts(Direction.CLIENT_TO_SERVER);
                return c.received() == count && c.forwarded() == c.received() - c.dropped() + c.duplicated();
            });
            UdpRelay.Counts did = relay.counts(Direction.CLIENT_TO_SERVER);
            SequenceTracker tracker = new SequenceTracker(count);
            List<Integer> arrived = new ArrayList<>();
            DatagramPacket packet = new DatagramPacket(new byte[4], 4);
            for (long i = 0; i < did.forwarded(); i++) {
                receiver.receive(packet);
                int number = ByteBuffer.wrap(packet.getData()).getInt();
                arrived.add(number);
                tracker.record(number);
            }
            steps.step("recorded the " + arrived.size() + " arrivals " + arrived);
            steps.step("the relay dropped " + did.dropped() + ", duplicated " + did.duplicated() + " and held back "
                    + did.reordered() + " until a later one had overtaken it");
            assertThat(tracker.report()).as("the report")
                    .isEqualTo(report((int) did.forwarded(), (int) did.dropped(), (int) did.duplicated(), (int) did.reordered()));
        }
    }
}
