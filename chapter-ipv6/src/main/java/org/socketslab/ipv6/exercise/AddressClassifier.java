package org.socketslab.ipv6.exercise;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.Optional;

/**
 * Exercise ipv6-2: tell what kind of IPv6 address you have, from its 16 bytes.
 *
 * <p>Read first: {@code docs/target/site/ipv6.html#ipv6-2}.
 *
 * <p>Work on {@link Inet6Address#getAddress()}, the bytes, not on the text form: Java writes
 * {@code ::1} as {@code 0:0:0:0:0:0:0:1}, and prefixes such as fe80::/10 end in the middle of a
 * hexadecimal digit. (Java also turns an IPv4-mapped address into an {@link Inet4Address} when it
 * parses text or builds an {@code InetAddress} from bytes; {@code Inet6Address.getByAddress(null,
 * bytes, -1)} keeps it as the {@code Inet6Address} a dual-stack socket really carries.)
 */
public final class AddressClassifier {

    /** The kinds of IPv6 address this exercise tells apart. */
    public enum Kind {
        /** {@code ::}, "no address": what a server binds to mean "any". */
        UNSPECIFIED,
        /** {@code ::1}, this machine. */
        LOOPBACK,
        /** {@code ::ffff:0:0/96}: an IPv4 address carried in IPv6 form, as a dual-stack socket sees IPv4 peers. */
        IPV4_MAPPED,
        /** {@code fe80::/10}: valid on one link only; needs a scope id to be used. */
        LINK_LOCAL,
        /** {@code fc00::/7}: private addresses of a site or an organisation (RFC 4193). */
        UNIQUE_LOCAL,
        /** {@code ff00::/8}. */
        MULTICAST,
        /** {@code 2000::/3}: global unicast, routed on the Internet. */
        GLOBAL,
        /** Anything else (for example the deprecated IPv4-compatible {@code ::192.0.2.1}). */
        OTHER
    }

    private AddressClassifier() {
    }

    /**
     * The kind of {@code address}, decided from its bytes alone (a scope id does not matter).
     * The kinds do not overlap; check the exact ones (::, ::1) and the mapped prefix first.
     */
    public static Kind classify(Inet6Address address) {
        throw new UnsupportedOperationException("TODO ipv6-2: compare the address's leading bytes and bits with each prefix");
    }

    /**
     * The IPv4 address inside an IPv4-mapped address ({@code ::ffff:192.0.2.1} gives
     * {@code 192.0.2.1}); empty for every other address, including the deprecated
     * IPv4-compatible form {@code ::192.0.2.1}.
     */
    public static Optional<Inet4Address> unmap(Inet6Address address) {
        throw new UnsupportedOperationException("TODO ipv6-2: if the first 12 bytes are the mapped prefix, build an Inet4Address from the last 4");
    }
}
