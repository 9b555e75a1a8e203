package org.socketslab.ipv6.exercise;

/** Exercise ipv6-1, a classic mistake. */
public record HostPort(String host, int port) {

    public static HostPort parse(String text) {
        // Mistake: splits at the first colon, which in an IPv6 literal is part of the address.
        // Breaks: An IPv6 literal is written in square brackets, [::1]:8080, and returned without them
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("'" + text + "': expected host:port");
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("'" + text + "': port out of range");
            }
            return new HostPort(text.substring(0, colon), port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': bad port", e);
        }
    }

    public String format() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
