package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/** Exercise nonblocking-2, a classic mistake, found by trying a wrong solution nobody had planned. */
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
        Thread[] threads = new Thread[endpoints.size()];
        for (int i = 0; i < endpoints.size(); i++) {
            int index = i;
            // Mistake: a thread per endpoint with a blocking connect, instead of one selector in the caller's thread.
            // Breaks: It uses no thread but the caller's
            threads[i] = new Thread(() -> {
                try (java.net.Socket socket = new java.net.Socket()) {
                    socket.connect(endpoints.get(index), (int) deadline.toMillis());
                    outcomes[index] = Outcome.CONNECTED;
                } catch (java.net.SocketTimeoutException e) {
                    outcomes[index] = Outcome.TIMED_OUT;
                } catch (IOException e) {
                    outcomes[index] = Outcome.REFUSED;
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return List.of(outcomes);
    }
}
