package org.socketslab.nonblocking.exercise;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
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
        long end = System.nanoTime() + deadline.toNanos();
        Outcome[] outcomes = new Outcome[endpoints.size()];
        Arrays.fill(outcomes, Outcome.REFUSED); // Mistake: a connect without an answer is reported REFUSED, as if it had failed.
        // Breaks: TIMED_OUT for a connect still without an answer when the deadline passed.
        List<SocketChannel> channels = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            int pending = 0;
            for (int i = 0; i < endpoints.size(); i++) {
                SocketChannel channel = SocketChannel.open();
                channels.add(channel);
                channel.configureBlocking(false);
                try {
                    if (channel.connect(endpoints.get(i))) {
                        outcomes[i] = Outcome.CONNECTED;
                        continue;
                    }
                } catch (IOException refusedAtOnce) {
                    outcomes[i] = Outcome.REFUSED;
                    continue;
                }
                channel.register(selector, SelectionKey.OP_CONNECT, i);
                pending++;
            }
            while (pending > 0) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                selector.select(Math.max(1, left / 1_000_000));
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    int i = (Integer) key.attachment();
                    try {
                        if (!((SocketChannel) key.channel()).finishConnect()) {
                            continue; // not over yet
                        }
                        outcomes[i] = Outcome.CONNECTED;
                    } catch (IOException e) {
                        outcomes[i] = Outcome.REFUSED;
                    }
                    key.cancel();
                    pending--;
                }
            }
        } finally {
            for (SocketChannel channel : channels) {
                channel.close();
            }
        }
        return List.of(outcomes);
    }
}
