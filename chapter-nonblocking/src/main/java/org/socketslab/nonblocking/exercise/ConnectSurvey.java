package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Exercise nonblocking-2: connect to many endpoints at once with one {@link java.nio.channels.Selector}.
 *
 * <p>Read first: {@code docs/target/site/nonblocking.html#nonblocking-2}.
 */
public final class ConnectSurvey {

    /** How one connect ended. */
    public enum Outcome {
        /** The handshake completed: something accepts connections there. */
        CONNECTED,
        /** The connect failed with an error, such as {@link java.net.ConnectException}: nothing listens there. */
        REFUSED,
        /** No answer before the deadline. */
        TIMED_OUT
    }

    private ConnectSurvey() {
    }

    /**
     * Connects to every endpoint at the same time, from the calling thread, and reports how each
     * connect ended.
     *
     * <p>The contract:
     * <ul>
     *   <li>Returns one outcome per endpoint, in the order of {@code endpoints}.</li>
     *   <li>An endpoint listed twice is connected to twice, and has two outcomes.</li>
     *   <li>No endpoints, no outcomes: an empty list.</li>
     *   <li>{@link Outcome#CONNECTED} only for a connect that really completed.</li>
     *   <li>{@link Outcome#REFUSED} for a connect that failed.</li>
     *   <li>{@link Outcome#TIMED_OUT} for a connect still without an answer when the deadline
     *       passed.</li>
     *   <li>All connects run at the same time: however many endpoints hang, the call takes one
     *       deadline, not one per endpoint.</li>
     *   <li>The call returns soon after {@code deadline} at the latest, wherever the hanging
     *       endpoints are in the list.</li>
     *   <li>It returns as soon as every endpoint has an outcome, without waiting for the deadline.</li>
     *   <li>It uses no thread but the caller's: non-blocking channels and one selector.</li>
     *   <li>Before returning, it closes every channel it opened, the connected ones included.</li>
     *   <li>Before returning, it closes its selector. (Not graded: an open selector holds no
     *       connection a test can see, and the JDK frees it with the object.)</li>
     *   <li>A {@code deadline} that is zero or negative is refused with an
     *       {@link IllegalArgumentException}.</li>
     *   <li>If a channel or the selector cannot be opened at all, the {@link IOException}
     *       propagates. (Not graded: loopback gives no way to make opening fail.)</li>
     * </ul>
     *
     * @throws IOException if a channel or the selector cannot be opened at all
     */
    public static List<Outcome> connectAll(List<InetSocketAddress> endpoints, Duration deadline) throws IOException {
        throw new UnsupportedOperationException("TODO nonblocking-2: start every connect, then select for OP_CONNECT until the deadline");
    }
}
