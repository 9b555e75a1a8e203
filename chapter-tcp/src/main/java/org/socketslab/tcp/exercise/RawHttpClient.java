package org.socketslab.tcp.exercise;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Exercise tcp-1: speak HTTP/1.1 by hand over a plain TCP socket.
 *
 * <p>Read first: {@code docs/target/site/tcp.html#tcp-1}.
 */
public final class RawHttpClient {
    private RawHttpClient() {
    }

    /**
     * Fetches {@code path} from the HTTP server at {@code host:port} with a hand-written request.
     *
     * <p>The contract:
     * <ul>
     *   <li>Connect a {@link java.net.Socket} to {@code host:port} with a 5 s connect timeout and a
     *       5 s read timeout. (Not graded: telling 5 s from no limit takes a test that waits 5 s;
     *       the non-blocking chapter grades timeouts with short ones.)</li>
     *   <li>Send exactly one request, every line ending in CRLF ({@code "\r\n"}), the head ending
     *       with an empty line (a GET has no body).</li>
     *   <li>The request line is {@code GET}, then {@code path} as given, then {@code HTTP/1.1},
     *       one space apart.</li>
     *   <li>A {@code Host} header gives {@code host:port}, both as passed to {@code get}.</li>
     *   <li>A {@code Connection: close} header asks the server to close the connection after its
     *       response.</li>
     *   <li>Read the response until the server closes the connection (read returns -1): with
     *       {@code Connection: close} that is where it ends, however many pieces it came in.</li>
     *   <li>The status line ({@code HTTP/1.1 200 OK}) gives the status code and the reason phrase
     *       (the rest of the line after the code).</li>
     *   <li>The header lines ({@code Name: value}) up to the first empty line give the headers,
     *       each value without the spaces around it.</li>
     *   <li>Every byte after the empty line is the body, unchanged: it need not be text.</li>
     *   <li>A status line that does not start with {@code HTTP/1.} and a numeric code throws
     *       {@link java.net.ProtocolException} naming what arrived.</li>
     *   <li>A response that ends before the empty line that closes its head throws
     *       {@link java.net.ProtocolException}.</li>
     *   <li>A 404 or 500 is not an error: it is returned like any other status.</li>
     *   <li>The socket is closed when the method returns or throws.</li>
     * </ul>
     *
     * @return the status code, reason phrase, headers and body of the response
     * @throws IOException if connecting, writing or reading fails, or the response is not HTTP
     */
    public static Response get(String host, int port, String path) throws IOException {
        throw new UnsupportedOperationException("TODO tcp-1: send a GET request by hand and parse the response");
    }

    /**
     * An HTTP response as it came off the wire.
     *
     * @param status  the status code, e.g. 200
     * @param reason  the reason phrase, e.g. {@code OK} (may be empty)
     * @param headers header values by name, names as the server wrote them
     * @param body    every byte after the empty line that ends the head
     */
    public record Response(int status, String reason, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, the name matched without regard to case (HTTP names are case-insensitive). */
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }
    }
}
