package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/** Exercise nonblocking-2, a wrong solution nobody planned. */
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
        long end = System.nanoTime() + deadline.toNanos();
        Outcome[] outcomes = new Outcome[endpoints.size()];
        for (int i = 0; i < endpoints.size(); i++) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left < 1) {
                outcomes[i] = Outcome.TIMED_OUT;
                continue;
            }
            // Mistake: one blocking connect after another, each given only the time left.
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(endpoints.get(i), (int) left);
                outcomes[i] = Outcome.CONNECTED;
            } catch (java.net.SocketTimeoutException e) {
                outcomes[i] = Outcome.TIMED_OUT;
            } catch (IOException e) {
                outcomes[i] = Outcome.REFUSED;
            }
        }
        return List.of(outcomes);
    }
}
