package org.socketslab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ThreadFactory;
import org.socketslab.tcp.Uppercase;

/**
 * chapter-tcp's EchoServer with virtual threads in place of platform threads: the same blocking
 * serve loop. The course compiles for Java 17, so {@code Thread.ofVirtual()} is looked up at run time
 * (JDK 21 and later).
 */
final class VirtualThreadEchoServer {
    private VirtualThreadEchoServer() {
    }

    /** Whether this JVM has virtual threads. */
    static boolean available() {
        return Runtime.version().feature() >= 21;
    }

    static int start(InetAddress bind) throws IOException {
        ThreadFactory virtual = virtualThreadFactory();
        ServerSocket listener = new ServerSocket(0, 1024, bind);
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket client = listener.accept();
                    virtual.newThread(() -> serve(client)).start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "virtual-echo-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
        return listener.getLocalPort();
    }

    // Same loop as org.socketslab.tcp.EchoServer.serve, which is private to its chapter.
    private static void serve(Socket client) {
        try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                Uppercase.inPlace(buffer, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // This client is gone; the server is not.
        }
    }

    private static ThreadFactory virtualThreadFactory() {
        try {
            var lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder$OfVirtual");
            Object ofVirtual = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(builder)).invoke();
            return (ThreadFactory) lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class))
                    .invoke(ofVirtual);
        } catch (Throwable e) {
            throw new IllegalStateException("virtual threads need JDK 21 or later; this is " + Runtime.version(), e);
        }
    }
}
