package org.socketslab.nonblocking;

import java.nio.ByteBuffer;

/** The echo server's one transformation, kept apart so that the server code is only about sockets. */
final class Uppercase {
    private Uppercase() {
    }

    /** Upper-cases the ASCII letters between position and limit, in place; other bytes stay as they are. */
    static void inPlace(ByteBuffer bytes) {
        for (int i = bytes.position(); i < bytes.limit(); i++) {
            byte b = bytes.get(i);
            if (b >= 'a' && b <= 'z') {
                bytes.put(i, (byte) (b - ('a' - 'A')));
            }
        }
    }
}
