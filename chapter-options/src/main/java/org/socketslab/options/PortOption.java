package org.socketslab.options;

/** The one command-line option the chapter's examples take: {@code --port N}, where 0 means any free port. */
final class PortOption {
    private PortOption() {
    }

    static int parse(String[] args, int defaultPort) {
        if (args.length == 0) {
            return defaultPort;
        }
        if (args.length != 2 || !args[0].equals("--port")) {
            throw new IllegalArgumentException("usage: --port N (0 means any free port)");
        }
        try {
            int port = Integer.parseInt(args[1]);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port takes a number from 0 to 65535, not '" + args[1] + "'");
    }
}
