package org.socketslab.ipv6.exercise;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Exercise ipv6-4, a classic mistake. */
public final class HappyEyeballs {
    private HappyEyeballs() {
    }
    public static List<InetSocketAddress> order(List<InetSocketAddress> addresses) {
        List<InetSocketAddress> v6 = new ArrayList<>();
        List<InetSocketAddress> v4 = new ArrayList<>();
        for (InetSocketAddress address : addresses) {
            (address.getAddress() instanceof Inet6Address ? v6 : v4).add(address);
        }
        List<InetSocketAddress> ordered = new ArrayList<>(addresses.size());
        for (int i = 0; i < Math.max(v6.size(), v4.size()); i++) {
            if (i < v6.size()) {
                ordered.add(v6.get(i));
            }
            if (i < v4.size()) {
                ordered.add(v4.get(i));
            }
        }
        return ordered;
    }

    public static Socket connect(List<InetSocketAddress> addresses, Duration stagger, Duration connectTimeout)
            throws IOException {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no address to connect to");
        }
        List<IOException> failures = new ArrayList<>();
        // Mistake: tries one address after another, so a hung address costs the whole connect timeout.
        // Breaks: has passed since the previous one started
        for (InetSocketAddress address : order(addresses)) {
            Socket socket = new Socket();
            try {
                socket.connect(address, Math.toIntExact(connectTimeout.toMillis()));
                return socket;
            } catch (IOException e) {
                socket.close();
                failures.add(e);
            }
        }
        IOException all = new IOException("could not connect to any of " + failures.size() + " addresses");
        failures.forEach(all::addSuppressed);
        throw all;
    }
}
