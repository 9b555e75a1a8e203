package org.socketslab.tcp.exercise;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP/1.1 server on loopback (the JDK's own), with a few fixed pages, that remembers the
 * requests it was sent so tests can check what a hand-written client put on the wire.
 */
final class LocalHttpServer implements AutoCloseable {
    static final String HELLO = "hello, sockets\n";
    /** Every byte value, not only text: a body is bytes, and a client that decodes it as text mangles it. */
    static final byte[] BIG = bigBody();

    /** What the server saw of one request. */
    record Request(String method, String target, String protocol, String host, String connection) {
    }

    private final HttpServer server;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

    LocalHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    /** The next request the server received, waiting at most two seconds. */
    Request nextRequest() throws InterruptedException {
        Request request = requests.poll(2, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the HTTP server received no complete request within 2 s"
                    + " (does the head end with an empty line, \\r\\n\\r\\n?)");
        }
        return request;
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                exchange.getProtocol(), exchange.getRequestHeaders().getFirst("Host"),
                exchange.getRequestHeaders().getFirst("Connection")));
        switch (exchange.getRequestURI().getPath()) {
            case "/hello" -> {
                exchange.getResponseHeaders().add("X-Lab", "tcp-1");
                exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
                respond(exchange, 200, HELLO.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            case "/created" -> respond(exchange, 201, new byte[0]);
            case "/big" -> respond(exchange, 200, BIG);
            default -> respond(exchange, 404, "no such page\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static byte[] bigBody() {
        byte[] body = new byte[4800];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 7);
        }
        return body;
    }
}
