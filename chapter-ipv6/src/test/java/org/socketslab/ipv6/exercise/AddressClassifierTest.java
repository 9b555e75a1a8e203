package org.socketslab.ipv6.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.ipv6.exercise.AddressClassifier.Kind;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;

@Tag("ipv6-2")
@Exercise(id = "ipv6-2", title = "Classify IPv6 addresses", docs = "ipv6.html#ipv6-2")
class AddressClassifierTest {

    /**
     * The Inet6Address of an IPv6 literal (no name lookup), kept as IPv6 even when it is
     * IPv4-mapped: Java's parser would hand back an Inet4Address for {@code ::ffff:a.b.c.d}.
     */
    static Inet6Address v6(String literal, int scope) {
        try {
            InetAddress parsed = InetAddress.getByName("[" + literal + "]");
            byte[] bytes = parsed.getAddress();
            if (parsed instanceof Inet4Address) {
                bytes = new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
                    bytes[0], bytes[1], bytes[2], bytes[3]};
            }
            return Inet6Address.getByAddress(null, bytes, scope);
        } catch (UnknownHostException e) {
            throw new AssertionError("bad literal in the test: " + literal, e);
        }
    }

    static Inet6Address v6(String literal) {
        return v6(literal, -1);
    }

    private static void assertKind(Steps steps, Kind kind, List<String> literals) {
        for (String literal : literals) {
            Inet6Address address = v6(literal);
            steps.step("classify(" + literal + "), which Java writes as " + address.getHostAddress());
            assertThat(AddressClassifier.classify(address)).as("classify(" + literal + ")").isEqualTo(kind);
        }
    }

    @Test
    @DisplayName("classifies :: as unspecified and ::1 as loopback")
    void unspecifiedAndLoopback(Steps steps) {
        assertKind(steps, Kind.UNSPECIFIED, List.of("::"));
        assertKind(steps, Kind.LOOPBACK, List.of("::1"));
        assertKind(steps, Kind.OTHER, List.of("::2", "1::1"));
    }

    @Test
    @DisplayName("classifies all of fe80::/10 as link-local, with or without a scope id")
    void linkLocal(Steps steps) {
        assertKind(steps, Kind.LINK_LOCAL, List.of("fe80::1", "fe80::1ff:fe23:4567:890a", "fe9a::1", "febf:ffff::1"));
        Inet6Address scoped = v6("fe80::1", 2);
        steps.step("classify(fe80::1%2)");
        assertThat(AddressClassifier.classify(scoped)).as("classify(fe80::1%2)").isEqualTo(Kind.LINK_LOCAL);
        assertKind(steps, Kind.OTHER, List.of("fec0::1", "fe00::1"));
    }

    @Test
    @DisplayName("classifies all of fc00::/7 as unique-local, which isSiteLocalAddress() does not")
    void uniqueLocal(Steps steps) {
        assertKind(steps, Kind.UNIQUE_LOCAL, List.of("fd12:3456:789a::1", "fc00::1", "fdff:ffff::1"));
    }

    @Test
    @DisplayName("classifies multicast and global unicast, and everything else as other")
    void multicastGlobalAndOther(Steps steps) {
        assertKind(steps, Kind.MULTICAST, List.of("ff02::1", "ff05::1:3"));
        assertKind(steps, Kind.GLOBAL, List.of("2001:db8::1", "2a00:1450:4001::200e", "3fff:ffff::1"));
        assertKind(steps, Kind.OTHER, List.of("100::1", "4000::1", "::192.0.2.1"));
    }

    @Test
    @DisplayName("recognises an IPv4-mapped address given as 16 bytes, and no other address as mapped")
    void mapped(Steps steps) {
        assertKind(steps, Kind.IPV4_MAPPED, List.of("::ffff:127.0.0.1", "::ffff:192.0.2.1", "::ffff:0.0.0.0"));
        // The two 0xff bytes in place, but not after 80 zero bits.
        assertKind(steps, Kind.OTHER, List.of("::1:ffff:c000:201", "1::ffff:c000:201"));
        assertKind(steps, Kind.LINK_LOCAL, List.of("fe80::ffff:c000:201"));
        assertKind(steps, Kind.GLOBAL, List.of("2001:db8::ffff:c000:201"));
    }

    @Test
    @DisplayName("unmaps an IPv4-mapped address to the Inet4Address inside it")
    void unmaps(Steps steps) throws UnknownHostException {
        for (String ipv4 : List.of("127.0.0.1", "192.0.2.1", "255.255.255.255")) {
            steps.step("unmap(::ffff:" + ipv4 + ")");
            assertThat(AddressClassifier.unmap(v6("::ffff:" + ipv4))).as("unmap(::ffff:" + ipv4 + ")")
                    .contains((Inet4Address) InetAddress.getByName(ipv4));
        }
    }

    @Test
    @DisplayName("unmaps nothing else, not even the IPv4-compatible ::192.0.2.1")
    void unmapsNothingElse(Steps steps) {
        for (String literal : List.of("::1", "::", "::192.0.2.1", "fe80::ffff:c000:201", "::fffe:c000:201", "2001:db8::1")) {
            steps.step("unmap(" + literal + ")");
            assertThat(AddressClassifier.unmap(v6(literal))).as("unmap(" + literal + ")").isEmpty();
        }
    }
}
