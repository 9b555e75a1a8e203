package org.socketslab.ipv6;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** Names the address family of an address the way Java decides it: by the address's class. */
public final class AddressFamily {
    private AddressFamily() {
    }

    // tag::family[]
    /** "IPv6" for an {@link Inet6Address}, "IPv4" for an {@link java.net.Inet4Address}. */
    public static String of(InetAddress address) {
        return address instanceof Inet6Address ? "IPv6" : "IPv4";
    }
    // end::family[]

    /** {@code 127.0.0.1:51234 (IPv4)} or {@code [0:0:0:0:0:0:0:1]:51236 (IPv6)}: brackets keep the port apart. */
    public static String describe(InetSocketAddress peer) {
        InetAddress address = peer.getAddress();
        String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return host + ":" + peer.getPort() + " (" + of(address) + ")";
    }
}
