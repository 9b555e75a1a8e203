package org.socketslab.bench;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The load generator's guard: it floods whatever it is pointed at, so it only ever points at this machine. */
public final class Loopback {
    private Loopback() {
    }

    /** Resolves {@code host} and returns it only if it is a loopback address (127.0.0.0/8 or ::1). */
    public static InetAddress require(String host) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(host);
        return require(address);
    }

    public static InetAddress require(InetAddress address) {
        // isLoopbackAddress is exactly 127.0.0.0/8 for IPv4 and ::1 for IPv6.
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing to load " + address.getHostAddress()
                    + ": the load generator only targets loopback (127.0.0.0/8 or ::1)");
        }
        return address;
    }
}
