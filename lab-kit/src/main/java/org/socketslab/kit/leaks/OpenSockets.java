package org.socketslab.kit.leaks;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/** Counts this process's open sockets, where the operating system lets us see them. */
public final class OpenSockets {
    private static final Path FDS = Path.of("/proc/self/fd");

    static {
        warmUp();
    }

    private OpenSockets() {
    }

    /**
     * The JDK opens a few descriptors of its own the first time sockets are used and keeps them
     * (Linux NIO, for one, keeps a socket pair it uses to close sockets safely). Opening and closing
     * each kind of socket once, before any baseline is taken, keeps them out of the count.
     */
    private static void warmUp() {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
             Socket accepted = listener.accept()) {
            client.shutdownOutput();
            accepted.getInputStream().read();
            new DatagramSocket(0, InetAddress.getLoopbackAddress()).close();
            SocketChannel.open().close();
        } catch (IOException e) {
            // Nothing to warm up where sockets do not work; the counts will say so.
        }
    }

    /** Linux lists every descriptor under /proc/self/fd; a socket's link reads {@code socket:[inode]}. */
    public static OptionalInt count() {
        if (!Files.isDirectory(FDS)) {
            return OptionalInt.empty();
        }
        int sockets = 0;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
            for (Path fd : fds) {
                try {
                    if (Files.readSymbolicLink(fd).toString().startsWith("socket:")) {
                        sockets++;
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor closed between listing and reading it (or it was the listing's own).
                }
            }
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(sockets);
    }
}
