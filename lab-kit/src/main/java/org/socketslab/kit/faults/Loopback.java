package org.socketslab.kit.faults;

import java.net.InetSocketAddress;
import java.util.Objects;

/** The one place that decides what counts as "on this machine" for the fault injectors. */
final class Loopback {
    private Loopback() {
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
