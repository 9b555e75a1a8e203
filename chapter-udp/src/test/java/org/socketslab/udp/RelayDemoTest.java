package org.socketslab.udp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketslab.kit.faults.Direction;
import org.socketslab.kit.faults.UdpRelay;

/**
 * Sends datagrams numbered 1 to 20 through lab-kit's seeded lossy relay and writes what arrived to
 * {@code target/output/relay-demo.txt}, which the docs show. (Examples cannot use lab-kit, a
 * test-only module, so this demo lives with the tests.)
 */
@Timeout(10)
class RelayDemoTest {
    static final int COUNT = 20;
    static final long SEED = 7;

    @Test
    void showsWhatALossyRelayDoesToNumberedDatagrams() throws Exception {
        List<Integer> arrived = new ArrayList<>();
        UdpRelay.Counts did;
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket sender = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             UdpRelay relay = UdpRelay.to((InetSocketAddress) receiver.getLocalSocketAddress())
                     .seed(SEED).drop(0.1).duplicate(0.1).reorder(0.15, Duration.ofSeconds(1)).start()) {
            receiver.setSoTimeout(2_000);
            for (int i = 1; i <= COUNT; i++) {
                byte[] number = ByteBuffer.allocate(4).putInt(i).array();
                sender.send(new DatagramPacket(number, number.length, relay.address()));
            }
            await().atMost(Duration.ofSeconds(3)).until(() -> {
                UdpRelay.Counts c = relay.counts(Direction.CLIENT_TO_SERVER);
                return c.received() == COUNT && c.forwarded() == c.received() - c.dropped() + c.duplicated();
            });
            did = relay.counts(Direction.CLIENT_TO_SERVER);
            DatagramPacket packet = new DatagramPacket(new byte[4], 4);
            for (long i = 0; i < did.forwarded(); i++) {
                receiver.receive(packet);
                arrived.add(ByteBuffer.wrap(packet.getData()).getInt());
            }
        }

        // Mark each arrival: "d" a number that came before, "<" a first arrival below an earlier number.
        BitSet seen = new BitSet();
        int highest = 0;
        int duplicates = 0;
        int late = 0;
        StringBuilder marks = new StringBuilder();
        for (int n : arrived) {
            String mark = seen.get(n) ? "d" : n < highest ? "<" : "";
            duplicates += mark.equals("d") ? 1 : 0;
            late += mark.equals("<") ? 1 : 0;
            marks.append(String.format(Locale.ROOT, "%3s", mark));
            seen.set(n);
            highest = Math.max(highest, n);
        }
        List<Integer> lost = IntStream.rangeClosed(1, COUNT).filter(n -> !seen.get(n)).boxed().collect(Collectors.toList());

        String output = "sent     " + row(IntStream.rangeClosed(1, COUNT).boxed().collect(Collectors.toList())) + "\n"
                + "arrived  " + row(arrived) + "\n"
                + "         " + marks.toString().stripTrailing() + "\n"
                + "\n"
                + "never arrived: " + lost + "\n"
                + "arrived twice (d): " + duplicates + ", arrived after a higher number (<): " + late + "\n"
                + "the relay (seed " + SEED + ") dropped " + did.dropped() + ", duplicated " + did.duplicated()
                + " and held back " + did.reordered() + " until a later one overtook it\n";

        // The demo is only worth showing if it shows all three, and it must agree with the relay.
        assertThat(lost).hasSize((int) did.dropped()).isNotEmpty();
        assertThat(duplicates).isEqualTo(did.duplicated()).isPositive();
        assertThat(late).isEqualTo(did.reordered()).isPositive();
        UdpDemoTest.save("relay-demo.txt", output);
    }

    private static String row(List<Integer> numbers) {
        return numbers.stream().map(n -> String.format(Locale.ROOT, "%3d", n)).collect(Collectors.joining());
    }
}
