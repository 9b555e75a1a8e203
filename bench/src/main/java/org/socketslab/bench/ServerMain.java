package org.socketslab.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.socketslab.nonblocking.SelectorEchoServer;
import org.socketslab.tcp.EchoServer;

/**
 * Starts one server under test in this JVM (the comparison runs each in a JVM of its own, so client
 * and server do not share a heap, a file-descriptor limit or a garbage collector), prints
 * "port N", and stops when its standard input closes.
 */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int port = switch (args[0]) {
            case "threads" -> EchoServer.start(loopback, 0).address().getPort();
            case "virtual" -> VirtualThreadEchoServer.start(loopback);
            case "selector" -> SelectorEchoServer.start(new InetSocketAddress(loopback, 0)).address().getPort();
            case "tuned" -> TunedSelectorEchoServer.start(new InetSocketAddress(loopback, 0));
            case "netty" -> NettyEchoServer.start(loopback, 1);
            default -> throw new IllegalArgumentException("unknown server: " + args[0]);
        };
        System.out.println("port " + port);
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the comparison to close our input
        }
        System.exit(0);
    }
}
