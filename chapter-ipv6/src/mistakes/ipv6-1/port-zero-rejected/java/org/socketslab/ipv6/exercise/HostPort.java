package org.socketslab.ipv6.exercise;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Exercise ipv6-1, a classic mistake. */
public record HostPort(String host, int port) {
    private static final Pattern NAME_OR_IPV4 = Pattern.compile("[A-Za-z0-9.-]+");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern SCOPE_ID = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    public static HostPort parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no host:port given (null)");
        }
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw invalid(text, "'[' without its ']'");
            }
            String literal = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.startsWith(":")) {
                throw invalid(text, rest.isEmpty() ? "no port after ']': write [" + literal + "]:PORT"
                        : "expected ':' and the port right after ']'");
            }
            checkIpv6Literal(text, literal);
            return new HostPort(literal, port(text, rest.substring(1)));
        }
        if (text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
            throw invalid(text, "brackets go around the IPv6 literal only, as in [::1]:80");
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw invalid(text, "no port: write host:PORT");
        }
        if (text.indexOf(':', colon + 1) >= 0) {
            // ::1:80 could be ::1 port 80 or ::1:80 with no port: only brackets tell.
            throw invalid(text, "an IPv6 literal with a port needs brackets, as in [::1]:80");
        }
        String host = text.substring(0, colon);
        if (host.isEmpty()) {
            throw invalid(text, "no host before ':'");
        }
        if (!NAME_OR_IPV4.matcher(host).matches()) {
            throw invalid(text, "'" + host + "' is not a host name or IPv4 address");
        }
        return new HostPort(host, port(text, text.substring(colon + 1)));
    }

    public String format() {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }

    private static void checkIpv6Literal(String text, String literal) {
        int percent = literal.indexOf('%');
        String address = percent < 0 ? literal : literal.substring(0, percent);
        if (address.indexOf(':') < 0) {
            throw invalid(text, "brackets are for IPv6 literals only, and '" + address + "' is not one");
        }
        if (percent >= 0 && !SCOPE_ID.matcher(literal.substring(percent + 1)).matches()) {
            throw invalid(text, "the scope id after '%' must be an interface name or number");
        }
        if (!IPV6_CHARACTERS.matcher(address).matches()) {
            throw invalid(text, "'" + address + "' is not an IPv6 literal");
        }
        try {
            // In brackets, and without the scope id, Java parses the literal and never looks it up.
            InetAddress.getByName("[" + address + "]");
        } catch (UnknownHostException e) {
            throw invalid(text, "'" + address + "' is not a valid IPv6 literal");
        }
    }

    private static int port(String text, String digits) {
        // Mistake: starts the ports at 1, but 0 is a port too (it asks for any free one).
        // Breaks: from 0 to 65535
        if (!PORT.matcher(digits).matches() || Integer.parseInt(digits) > 65_535 || Integer.parseInt(digits) == 0) {
            throw invalid(text, digits.isEmpty() ? "no port after ':'" : "the port must be a number from 0 to 65535, not '"
                    + digits + "'");
        }
        return Integer.parseInt(digits);
    }

    private static IllegalArgumentException invalid(String text, String problem) {
        return new IllegalArgumentException("'" + text + "': " + problem);
    }
}
