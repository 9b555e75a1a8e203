package org.socketslab.kit.faults;

/**
 * Which way bytes (or datagrams) travel between the client under test and the server it talks
 * to, as seen from a fault injector in the middle.
 */
public enum Direction {
    /** From the client that connected to the injector towards the real server. */
    CLIENT_TO_SERVER,
    /** From the real server back to the client. */
    SERVER_TO_CLIENT,
    /** Both of the above; a setting, not a way a single byte can travel. */
    BOTH;

    /** Whether a fault configured for {@code this} applies to traffic travelling {@code way}. */
    public boolean includes(Direction way) {
        return this == BOTH || this == way;
    }
}
