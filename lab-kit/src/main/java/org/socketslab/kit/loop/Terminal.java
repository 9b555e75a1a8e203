package org.socketslab.kit.loop;

import java.io.Console;
import java.io.PrintStream;

/**
 * Where {@code ./lab} writes: in colour on an interactive terminal, plain text when the output goes
 * to a file or a pipe ({@code System.console() == null}) or when {@code NO_COLOR} is set (no-color.org).
 */
final class Terminal {
    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final boolean colour;

    Terminal(PrintStream out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    /** {@code System.out}, coloured only when it is an interactive terminal and {@code NO_COLOR} is unset. */
    static Terminal system() {
        String noColor = System.getenv("NO_COLOR");
        return new Terminal(System.out, interactive() && (noColor == null || noColor.isEmpty()));
    }

    /**
     * Whether the JVM talks to a terminal. JDK 22 to 24 return a console even for redirected
     * streams; there {@code Console.isTerminal()} (JDK 22+, so called reflectively) tells.
     */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17 to 21: a console means a terminal
        }
    }

    void println(String line) {
        out.println(line);
        out.flush();
    }

    void print(String text) {
        out.print(text);
        out.flush();
    }

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    /** The progress line's colour. */
    String highlight(String text) {
        return paint("1;36", text);
    }

    private String paint(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + RESET : text;
    }
}
