package org.socketslab.nonblocking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Connects to several endpoints at once from one thread, with one Selector, and says how each went. */
public final class ConnectProbe {
    private ConnectProbe() {
    }

    /** One line per endpoint, in the order given: connected, refused, or no answer within {@code limit}. */
    public static List<String> probe(List<InetSocketAddress> endpoints, Duration limit) throws IOException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        String[] outcomes = new String[endpoints.size()];
        List<SocketChannel> channels = new ArrayList<>();
        try (Selector selector = Selector.open()) {
            // tag::start-connects[]
            for (int i = 0; i < endpoints.size(); i++) {
                SocketChannel channel = SocketChannel.open();
                channels.add(channel);
                channel.configureBlocking(false);
                if (channel.connect(endpoints.get(i))) { // true only if it connected at once: rare, even on loopback
                    outcomes[i] = "connected at once";
                } else {
                    channel.register(selector, SelectionKey.OP_CONNECT, i); // tell me when the handshake is over
                }
            }
            // end::start-connects[]
            // tag::finish-connects[]
            int pending = selector.keys().size();
            while (pending > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || selector.select(Math.max(1, left / 1_000_000)) == 0 && System.nanoTime() >= deadline) {
                    break; // the rest never answered
                }
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    int i = (Integer) key.attachment();
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    try {
                        // Ready for OP_CONNECT means "the handshake is over", not "it worked": ask.
                        ((SocketChannel) key.channel()).finishConnect();
                        outcomes[i] = "connected after " + millis + " ms";
                    } catch (IOException e) {
                        outcomes[i] = "failed after " + millis + " ms: " + e.getClass().getSimpleName();
                    }
                    key.cancel();
                    pending--;
                }
            }
            // end::finish-connects[]
        } finally {
            for (SocketChannel channel : channels) {
                channel.close(); // a connect still in progress is abandoned
            }
        }
        List<String> report = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            String outcome = outcomes[i] != null ? outcomes[i] : "no answer within " + limit.toMillis() + " ms";
            report.add(endpoints.get(i).getAddress().getHostAddress() + ":" + endpoints.get(i).getPort() + " " + outcome);
        }
        return report;
    }
}
