package org.socketslab.ipv6;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class AddressFamilyTest {

    @Test
    void theAddressClassDecidesTheFamily() throws Exception {
        assertThat(AddressFamily.of(InetAddress.getByName("127.0.0.1"))).isEqualTo("IPv4");
        assertThat(AddressFamily.of(InetAddress.getByName("::1"))).isEqualTo("IPv6");
        // Java turns an IPv4-mapped literal into an Inet4Address: it is IPv4 to Java.
        assertThat(AddressFamily.of(InetAddress.getByName("::ffff:127.0.0.1"))).isEqualTo("IPv4");
    }

    @Test
    void describesWithBracketsAroundIpv6Only() throws Exception {
        assertThat(AddressFamily.describe(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 80)))
                .isEqualTo("127.0.0.1:80 (IPv4)");
        assertThat(AddressFamily.describe(new InetSocketAddress(InetAddress.getByName("::1"), 8080)))
                .isEqualTo("[0:0:0:0:0:0:0:1]:8080 (IPv6)");
    }
}
