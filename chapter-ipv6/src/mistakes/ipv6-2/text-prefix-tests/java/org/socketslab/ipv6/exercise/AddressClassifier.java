package org.socketslab.ipv6.exercise;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** Exercise ipv6-2, a classic mistake. */
public final class AddressClassifier {

    public enum Kind {
        UNSPECIFIED, LOOPBACK, IPV4_MAPPED, LINK_LOCAL, UNIQUE_LOCAL, MULTICAST, GLOBAL, OTHER
    }

    private AddressClassifier() {
    }

    public static Kind classify(Inet6Address address) {
        // Mistake: tests prefixes of the text form, which Java writes uncompressed and which cannot express /10 or /3.
        // Breaks: Every address of fe80::/10 is LINK_LOCAL
        String text = address.getHostAddress().toLowerCase();
        if (text.equals("::")) {
            return Kind.UNSPECIFIED;
        }
        if (text.equals("::1")) {
            return Kind.LOOPBACK;
        }
        if (text.startsWith("::ffff:")) {
            return Kind.IPV4_MAPPED;
        }
        if (text.startsWith("fe80:")) {
            return Kind.LINK_LOCAL;
        }
        if (text.startsWith("fc") || text.startsWith("fd")) {
            return Kind.UNIQUE_LOCAL;
        }
        if (text.startsWith("ff")) {
            return Kind.MULTICAST;
        }
        if (text.startsWith("2")) {
            return Kind.GLOBAL;
        }
        return Kind.OTHER;
    }

    public static Optional<Inet4Address> unmap(Inet6Address address) {
        String text = address.getHostAddress();
        if (!text.startsWith("::ffff:")) {
            return Optional.empty();
        }
        try {
            return Optional.of((Inet4Address) InetAddress.getByName(text.substring("::ffff:".length())));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
