package org.socketslab.kit.faults;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * The one place that decides what counts as "on this machine" for the fault injectors, and
 * whether this machine has an IPv6 loopback address at all.
 */
public final class Loopback {
    /** Why a test that needs {@code ::1} did not run: the reason a skipped test reports. */
    public static final String NO_IPV6 = "no IPv6 loopback on this machine";

    private static final class Ipv6 {
        // Probed once, on first use: binding ::1 fails where IPv6 is disabled, where the kernel
        // has no ::1 on lo (some containers), or under -Djava.net.preferIPv4Stack=true.
        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(ipv6(), 0));
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    private Loopback() {
    }

    /** {@code ::1}, made from its bytes: no name lookup. */
    public static InetAddress ipv6() {
        byte[] bytes = new byte[16];
        bytes[15] = 1;
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("16 bytes are a valid IPv6 address", e);
        }
    }

    /** {@code 127.0.0.1}, made from its bytes. */
    public static InetAddress ipv4() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new AssertionError("4 bytes are a valid IPv4 address", e);
        }
    }

    /** Whether a socket can be bound to {@code ::1} here; see {@link #NO_IPV6}. */
    public static boolean ipv6Available() {
        return Ipv6.AVAILABLE;
    }

    /**
     * Returns {@code address} if it is a resolved loopback address (127.0.0.0/8 or ::1).
     *
     * @throws IllegalArgumentException otherwise: the fault injectors must never send traffic
     *         off this machine, whatever a test passes them
     */
    static InetSocketAddress requireLoopback(InetSocketAddress address) {
        Objects.requireNonNull(address, "address");
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("Unresolved address " + address
                    + ": pass a resolved loopback address, e.g. new InetSocketAddress(InetAddress.getLoopbackAddress(), port)");
        }
        if (!address.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("Not a loopback address: " + address
                    + " (fault injectors only talk to 127.0.0.1 or ::1)");
        }
        return address;
    }
}
