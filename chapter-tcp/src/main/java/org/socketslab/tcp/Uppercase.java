package org.socketslab.tcp;

/** The echo servers' one transformation, kept apart so that server code is only about sockets. */
public final class Uppercase {
    private Uppercase() {
    }

    /**
     * Upper-cases ASCII letters in place and leaves every other byte alone. Working on bytes, not
     * characters, keeps the echo correct when a multi-byte UTF-8 character is split across reads.
     */
    public static void inPlace(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] >= 'a' && bytes[i] <= 'z') {
                bytes[i] -= 'a' - 'A';
            }
        }
    }
}
