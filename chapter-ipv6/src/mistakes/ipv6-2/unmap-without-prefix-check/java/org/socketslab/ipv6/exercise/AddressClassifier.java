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

    /** The first 12 bytes of every IPv4-mapped address: 80 zero bits, then 16 one bits. */
    private static final byte[] MAPPED_PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private AddressClassifier() {
    }

    public static Kind classify(Inet6Address address) {
        byte[] b = address.getAddress();
        if (isZeroUpTo(b, 16)) {
            return Kind.UNSPECIFIED;
        }
        if (isZeroUpTo(b, 15) && b[15] == 1) {
            return Kind.LOOPBACK;
        }
        if (Arrays.equals(b, 0, 12, MAPPED_PREFIX, 0, 12)) {
            return Kind.IPV4_MAPPED;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0xfe && (second & 0xc0) == 0x80) { // fe80::/10: 8 bits, then the top 2 of the next byte
            return Kind.LINK_LOCAL;
        }
        if ((first & 0xfe) == 0xfc) { // fc00::/7: the top 7 bits
            return Kind.UNIQUE_LOCAL;
        }
        if (first == 0xff) {
            return Kind.MULTICAST;
        }
        if ((first & 0xe0) == 0x20) { // 2000::/3: the top 3 bits are 001
            return Kind.GLOBAL;
        }
        return Kind.OTHER;
    }

    public static Optional<Inet4Address> unmap(Inet6Address address) {
        byte[] b = address.getAddress();
        // Mistake: takes the last 4 bytes of any address, mapped or not.
        // Breaks: Every other address gives an empty Optional
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
        } catch (UnknownHostException e) {
            throw new AssertionError("4 bytes are always an IPv4 address", e);
        }
    }

    private static boolean isZeroUpTo(byte[] bytes, int end) {
        for (int i = 0; i < end; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
