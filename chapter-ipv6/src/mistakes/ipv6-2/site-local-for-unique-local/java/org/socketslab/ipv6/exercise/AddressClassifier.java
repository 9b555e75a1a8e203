package org.socketslab.ipv6.exercise;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** Exercise ipv6-2, a classic mistake. */
public final class AddressClassifier {

    public enum Kind {
        UNSPECIFIED, LOOPBACK, IPV4_MAPPED, LINK_LOCAL, UNIQUE_LOCAL, MULTICAST, GLOBAL, OTHER
    }

    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private AddressClassifier() {
    }

    public static Kind classify(Inet6Address address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress()) {
            return Kind.UNSPECIFIED;
        }
        if (address.isLoopbackAddress()) {
            return Kind.LOOPBACK;
        }
        if (Arrays.equals(b, 0, 12, MAPPED_PREFIX, 0, 12)) {
            return Kind.IPV4_MAPPED;
        }
        if (address.isLinkLocalAddress()) {
            return Kind.LINK_LOCAL;
        }
        // Mistake: trusts isSiteLocalAddress(), which tests the deprecated fec0::/10, not unique-local fc00::/7.
        // Breaks: Every address of fc00::/7 (fc.. and fd..) is UNIQUE_LOCAL
        if (address.isSiteLocalAddress()) {
            return Kind.UNIQUE_LOCAL;
        }
        if (address.isMulticastAddress()) {
            return Kind.MULTICAST;
        }
        if (((b[0] & 0xff) & 0xe0) == 0x20) {
            return Kind.GLOBAL;
        }
        return Kind.OTHER;
    }

    public static Optional<Inet4Address> unmap(Inet6Address address) {
        byte[] b = address.getAddress();
        if (!Arrays.equals(b, 0, 12, MAPPED_PREFIX, 0, 12)) {
            return Optional.empty();
        }
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
            throw new AssertionError("4 bytes are always an IPv4 address", e);
        }
    }
}
