package org.socketslab.udp;

/** The UDP echo server's one transformation, kept apart so that server code is only about sockets. */
public final class Uppercase {
    private Uppercase() {
    }

    /**
     * Upper-cases ASCII letters in place and leaves every other byte alone, so any datagram, text
     * or not, comes back the same length with its non-letter bytes untouched.
     */
    public static void inPlace(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'z') {
                bytes[i] -= 'a' - 'A';
            }
        }
    }
}
