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
     * The kind of {@code address}, decided from its bytes alone. The kinds do not overlap; check
     * the exact ones (::, ::1) and the mapped prefix first.
     *
     * <p>The contract:
     * <ul>
     *   <li>{@code ::}, all 16 bytes zero, is {@code UNSPECIFIED}.</li>
     *   <li>{@code ::1}, 15 zero bytes and then 1, is {@code LOOPBACK}, and no other address
     *       is.</li>
     *   <li>Every address of {@code ::ffff:0:0/96} (10 zero bytes, then two bytes 0xff) is
     *       {@code IPV4_MAPPED}, and no other address is.</li>
     *   <li>Every address of {@code fe80::/10} is {@code LINK_LOCAL}, whatever its scope id, and
     *       its neighbours {@code fec0::/10} and {@code fe00::/9} are not.</li>
     *   <li>Every address of {@code fc00::/7} ({@code fc..} and {@code fd..}) is
     *       {@code UNIQUE_LOCAL}.</li>
     *   <li>Every address of {@code ff00::/8}, and only those, is {@code MULTICAST}.</li>
     *   <li>Every address of {@code 2000::/3} ({@code 2000::} to {@code 3fff:...}), and only
     *       those, is {@code GLOBAL}.</li>
     *   <li>Every other address is {@code OTHER}, the IPv4-compatible {@code ::192.0.2.1}
     *       included.</li>
     * </ul>
     */
    public static Kind classify(Inet6Address address) {
        throw new UnsupportedOperationException("TODO ipv6-2: compare the address's leading bytes and bits with each prefix");
    }

    /**
     * The IPv4 address inside an IPv4-mapped address.
     *
     * <p>The contract:
     * <ul>
     *   <li>An IPv4-mapped address gives the {@link Inet4Address} of its last 4 bytes:
     *       {@code ::ffff:192.0.2.1} gives {@code 192.0.2.1}.</li>
     *   <li>Every other address gives an empty {@link Optional}, the deprecated IPv4-compatible
     *       form {@code ::192.0.2.1} included.</li>
     * </ul>
     */
    public static Optional<Inet4Address> unmap(Inet6Address address) {
        throw new UnsupportedOperationException("TODO ipv6-2: if the first 12 bytes are the mapped prefix, build an Inet4Address from the last 4");
    }
}
