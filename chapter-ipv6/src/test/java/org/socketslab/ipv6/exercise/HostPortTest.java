package org.socketslab.ipv6.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.grading.Exercise;
import org.socketslab.kit.grading.Steps;

@Tag("ipv6-1")
@Exercise(id = "ipv6-1", title = "host:port for both families", docs = "ipv6.html#ipv6-1")
class HostPortTest {

    private static void assertParses(Steps steps, String text, String host, int port) {
        steps.step("parse(\"" + text + "\")");
        assertThat(HostPort.parse(text)).as("parse(\"" + text + "\")").isEqualTo(new HostPort(host, port));
    }

    private static void assertRejects(Steps steps, List<String> inputs) {
        for (String text : inputs) {
            steps.step("parse(\"" + text + "\")");
            Throwable thrown = catchThrowable(() -> HostPort.parse(text));
            if (thrown == null) {
                fail("parse(\"" + text + "\") returned " + HostPort.parse(text) + " instead of throwing"
                        + " IllegalArgumentException: that text is not a valid host:port");
            }
            assertThat(thrown).as("what parse(\"" + text + "\") throws").isInstanceOf(IllegalArgumentException.class);
            assertThat(thrown.getMessage()).as("the message of parse(\"" + text + "\")'s exception, which should quote"
                    + " the input").isNotNull().contains(text);
        }
    }

    @Test
    @DisplayName("parses an IPv4 address and port, from 0 to 65535")
    void parsesIpv4(Steps steps) {
        assertParses(steps, "127.0.0.1:80", "127.0.0.1", 80);
        assertParses(steps, "192.0.2.7:0", "192.0.2.7", 0);
        assertParses(steps, "10.1.2.3:65535", "10.1.2.3", 65_535);
    }

    @Test
    @DisplayName("parses a host name and port, without looking the name up")
    void parsesAName(Steps steps) {
        assertParses(steps, "localhost:443", "localhost", 443);
        // Only "localhost": should a solution look names up after all, no query leaves this machine.
        assertParses(steps, "LocalHost:5432", "LocalHost", 5432);
    }

    @Test
    @DisplayName("parses an IPv6 literal in brackets and its port")
    void parsesIpv6(Steps steps) {
        assertParses(steps, "[::1]:8080", "::1", 8080);
        assertParses(steps, "[2001:db8::42]:443", "2001:db8::42", 443);
        assertParses(steps, "[::]:0", "::", 0);
        assertParses(steps, "[::ffff:192.0.2.1]:25", "::ffff:192.0.2.1", 25);
    }

    @Test
    @DisplayName("keeps a scope id, by interface name or number, even for an interface this machine lacks")
    void keepsScopeIds(Steps steps) {
        assertParses(steps, "[fe80::1%eth0]:80", "fe80::1%eth0", 80);
        assertParses(steps, "[fe80::1%2]:80", "fe80::1%2", 80);
        assertParses(steps, "[fe80::abcd%no-such-if9]:22", "fe80::abcd%no-such-if9", 22);
        assertParses(steps, "[fe80::1%vlan_1.2]:80", "fe80::1%vlan_1.2", 80);
    }

    @Test
    @DisplayName("rejects an IPv6 literal with a port but without brackets")
    void rejectsAmbiguousColons(Steps steps) {
        assertRejects(steps, List.of("::1:80", "2001:db8::1:443", "fe80::1%eth0:80"));
    }

    @Test
    @DisplayName("rejects a missing or malformed port")
    void rejectsBadPorts(Steps steps) {
        assertRejects(steps, List.of("127.0.0.1", "localhost:", "[::1]", "[::1]:", "localhost:http", "localhost:-1",
                "localhost:65536", "localhost:+80", "localhost: 80", "[::1]:8080x", "localhost:99999999999"));
    }

    @Test
    @DisplayName("rejects unbalanced brackets, an empty host and bad literals")
    void rejectsBadHosts(Steps steps) {
        assertRejects(steps, List.of("[::1:80", "::1]:80", "[::1]]:80", "[::1]x:80", ":80", "[]:80",
                "[127.0.0.1]:80", "[localhost]:80", "[::g]:80", "[1:2:3]:80", "[fe80::1%]:80", "[fe80::1%eth 0]:80",
                "[fe80::1%eth/0]:80", "[fe80::1%eth0%1]:80"));
    }

    @Test
    @DisplayName("rejects a host with a character other than letters, digits, . and -")
    void rejectsBadHostCharacters(Steps steps) {
        assertRejects(steps, List.of("local host:80", "exa_mple.com:80", "a/b:80", "host@example:80", "caf\u00e9:80"));
    }

    @Test
    @DisplayName("formats both families so that parse reads them back")
    void formatsAndRoundTrips(Steps steps) {
        List<HostPort> values = List.of(new HostPort("::1", 8080), new HostPort("127.0.0.1", 80),
                new HostPort("localhost", 443), new HostPort("fe80::1%eth0", 80), new HostPort("2001:db8::42", 0));
        List<String> texts = List.of("[::1]:8080", "127.0.0.1:80", "localhost:443", "[fe80::1%eth0]:80", "[2001:db8::42]:0");
        for (int i = 0; i < values.size(); i++) {
            steps.step(values.get(i) + ".format()");
            assertThat(values.get(i).format()).as(values.get(i) + ".format()").isEqualTo(texts.get(i));
            steps.step("parse(\"" + texts.get(i) + "\")");
            assertThat(HostPort.parse(texts.get(i))).as("parse(format()) of " + values.get(i)).isEqualTo(values.get(i));
        }
    }
}
