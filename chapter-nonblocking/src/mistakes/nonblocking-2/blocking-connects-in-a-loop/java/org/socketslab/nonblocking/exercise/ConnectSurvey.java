package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

/** Exercise nonblocking-2, a classic mistake. */
public final class ConnectSurvey {

    public enum Outcome {
        CONNECTED,
        REFUSED,
        TIMED_OUT
    }

    private ConnectSurvey() {
    }

    public static List<Outcome> connectAll(List<InetSocketAddress> endpoints, Duration deadline) throws IOException {
        if (deadline.isZero() || deadline.isNegative()) {
            throw new IllegalArgumentException("deadline must be positive, got " + deadline);
        }
        Outcome[] outcomes = new Outcome[endpoints.size()];
        for (int i = 0; i < endpoints.size(); i++) {
            // Mistake: one blocking connect after another, so every endpoint that hangs costs a whole deadline.
            // Breaks: the call takes one deadline, not one per endpoint
            try (Socket socket = new Socket()) {
                socket.connect(endpoints.get(i), (int) deadline.toMillis());
                outcomes[i] = Outcome.CONNECTED;
            } catch (SocketTimeoutException e) {
                outcomes[i] = Outcome.TIMED_OUT;
            } catch (IOException e) {
                outcomes[i] = Outcome.REFUSED;
            }
        }
        return List.of(outcomes);
    }
}
