package org.socketslab.options.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the timer Linux has armed for one TCP connection from {@code /proc/net/tcp} and
 * {@code /proc/net/tcp6} (no root needed): the {@code tr:tm->when} column, where {@code tr} 2 is
 * the keepalive timer and {@code when} counts hundredths of a second until it fires.
 */
final class KernelTimers {
    private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

    record Timer(int kind, double secondsLeft) {
        static final int KEEPALIVE = 2;
    }

    private KernelTimers() {
    }

    static boolean available() {
        return TABLES.stream().allMatch(Files::isReadable);
    }

    /** The timer of the connection from {@code localPort} to {@code remotePort}, if the kernel lists it. */
    static Optional<Timer> of(int localPort, int remotePort) throws IOException {
        String local = String.format(Locale.ROOT, ":%04X", localPort);
        String remote = String.format(Locale.ROOT, ":%04X", remotePort);
        for (Path table : TABLES) {
            for (String line : Files.readAllLines(table)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 5 && fields[1].endsWith(local) && fields[2].endsWith(remote)) {
                    String[] timer = fields[5].split(":");
                    return Optional.of(new Timer(Integer.parseInt(timer[0], 16), Long.parseLong(timer[1], 16) / 100.0));
                }
            }
        }
        return Optional.empty();
    }
}
