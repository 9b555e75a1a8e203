package org.socketslab.nonblocking;

/**
 * Command-line options shared by the examples: {@code --bind ADDRESS} (a server) or
 * {@code --host ADDRESS} (a client), and {@code --port N}, where 0 means any free port.
 */
record Options(String host, int port) {

    static Options parse(String[] args, String defaultHost, int defaultPort) {
        String host = defaultHost;
        int port = defaultPort;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw usage("missing value after " + flag);
            }
            String value = args[++i];
            switch (flag) {
                case "--bind", "--host" -> host = value;
                case "--port" -> port = parsePort(value);
                default -> throw usage("unknown option " + flag);
            }
        }
        return new Options(host, port);
    }

    /** For a {@code main}: parses, or explains the mistake on standard error and exits with status 2. */
    static Options parseOrExit(String program, String[] args, String defaultHost, int defaultPort) {
        try {
            return parse(args, defaultHost, defaultPort);
        } catch (IllegalArgumentException e) {
            System.err.println(program + ": " + e.getMessage());
            System.exit(2);
            throw e; // not reached
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw usage("--port takes a number from 0 to 65535, not '" + value + "'");
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + " (options: --bind/--host ADDRESS, --port N)");
    }
}
