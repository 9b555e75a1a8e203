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
     * Reads {@code host:port}. The contract:
     * <ul>
     *   <li>An IPv6 literal is written in square brackets, {@code [::1]:8080}, because its colons
     *       would otherwise be mistaken for the one before the port. Without brackets, text with
     *       more than one colon ({@code ::1:80}) is rejected: it cannot be read unambiguously.</li>
     *   <li>Inside the brackets: a valid IPv6 literal (check it without any name lookup), with an
     *       optional scope id after {@code %}: an interface name or number of letters, digits,
     *       {@code .}, {@code _} or {@code -}. The interface need not exist on this machine.</li>
     *   <li>Without brackets, the host is an IPv4 address or a host name (letters, digits,
     *       {@code .} and {@code -}); it is kept as text and never resolved.</li>
     *   <li>The port is 1 to 5 decimal digits, nothing else, from 0 to 65535.</li>
     *   <li>Anything else (no port, an empty host, unbalanced or misplaced brackets, brackets
     *       around something that is not an IPv6 literal, an empty scope id, a bad literal)
     *       throws {@link IllegalArgumentException} whose message quotes the input and says
     *       what is wrong with it.</li>
     * </ul>
     *
     * @return the host as written, without brackets, and the port
     */
    public static HostPort parse(String text) {
        throw new UnsupportedOperationException("TODO ipv6-1: split host and port, with brackets around IPv6 literals");
    }

    /**
     * Writes this host and port so that {@link #parse} reads them back: {@code [::1]:8080} for an
     * IPv6 literal (its host contains a colon), {@code host:port} for anything else.
     */
    public String format() {
        throw new UnsupportedOperationException("TODO ipv6-1: put brackets around an IPv6 literal, then the port");
    }
}
