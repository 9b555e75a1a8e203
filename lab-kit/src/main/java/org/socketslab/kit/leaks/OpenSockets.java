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
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
        return open().map(sockets -> OptionalInt.of(sockets.size())).orElse(OptionalInt.empty());
    }

    /**
     * The open sockets, each as its {@code socket:[inode]} link: unlike a count, telling which are
     * new since a baseline is not thrown off by an older socket closing meanwhile (the JDK's Cleaner
     * closes an unreachable socket an earlier test leaked whenever the GC finds it).
     */
    public static Optional<Set<String>> open() {
        if (!Files.isDirectory(FDS)) {
            return Optional.empty();
        }
        Set<String> sockets = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(FDS)) {
            for (Path fd : fds) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:")) {
                        sockets.add(link);
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor closed between listing and reading it (or it was the listing's own).
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(sockets);
    }

    /**
     * How many of the sockets open now were not open at {@code baseline} (taken with {@link #open()});
     * 0 where the operating system does not let us see them.
     */
    public static int openedSince(Optional<Set<String>> baseline) {
        Optional<Set<String>> now = open();
        if (baseline.isEmpty() || now.isEmpty()) {
            return 0;
        }
        return (int) now.get().stream().filter(socket -> !baseline.get().contains(socket)).count();
    }
}
