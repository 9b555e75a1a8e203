package org.socketslab.ipv6.exercise;

/**
 * Exercise ipv6-1: a host and a port, read from and written as text, for both address families:
 * {@code 127.0.0.1:80}, {@code localhost:443}, {@code [::1]:8080}, {@code [fe80::1%eth0]:80}.
 *
 * <p>Read first: {@code docs/target/site/ipv6.html#ipv6-1}.
 *
 * @param host the host without brackets: a name, an IPv4 address, or an IPv6 literal with an
 *             optional scope id after {@code %} (for example {@code fe80::1%eth0} or {@code fe80::1%2})
 * @param port 0 to 65535
 */
public record HostPort(String host, int port) {

    /**
     * Reads {@code host:port}.
     *
     * <p>The contract:
     * <ul>
     *   <li>An IPv6 literal is written in square brackets, {@code [::1]:8080}, and returned
     *       without them.</li>
     *   <li>Without brackets, text with more than one colon ({@code ::1:80}) is rejected: its
     *       colons would be mistaken for the one before the port, so it cannot be read
     *       unambiguously.</li>
     *   <li>Inside the brackets there must be a valid IPv6 literal, checked without any name
     *       lookup; brackets around anything else (an IPv4 address, a name) are rejected.</li>
     *   <li>The literal may carry a scope id after {@code %}: an interface name or number made
     *       of letters, digits, {@code .}, {@code _} or {@code -} only, and not empty. The
     *       interface need not exist on this machine.</li>
     *   <li>Without brackets, the host is an IPv4 address or a host name made of letters,
     *       digits, {@code .} and {@code -} only, and it is returned as written, letter case
     *       included.</li>
     *   <li>A host name is never looked up. (Not graded: a test cannot see a lookup without
     *       sending a query off this machine.)</li>
     *   <li>An empty host ({@code :80}, {@code []:80}) is rejected.</li>
     *   <li>The port is 1 to 5 decimal digits and nothing else (no sign, no space), from 0 to
     *       65535; a missing port is rejected.</li>
     *   <li>Every rejection throws {@link IllegalArgumentException} whose message quotes the
     *       input and says what is wrong with it.</li>
     * </ul>
     *
     * @return the host as written, without brackets, and the port
     */
    public static HostPort parse(String text) {
        throw new UnsupportedOperationException("TODO ipv6-1: split host and port, with brackets around IPv6 literals");
    }

    /**
     * Writes this host and port so that {@link #parse} reads them back.
     *
     * <p>The contract:
     * <ul>
     *   <li>An IPv6 literal (a host that contains a colon) is written in brackets before the
     *       port: {@code [::1]:8080}, {@code [fe80::1%eth0]:80}.</li>
     *   <li>Any other host is written without brackets: {@code localhost:443}.</li>
     * </ul>
     */
    public String format() {
        throw new UnsupportedOperationException("TODO ipv6-1: put brackets around an IPv6 literal, then the port");
    }
}
