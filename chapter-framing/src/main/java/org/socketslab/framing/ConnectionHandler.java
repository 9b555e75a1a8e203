package org.socketslab.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** What a server does with one connection: read requests from {@code in}, write replies to {@code out}. */
@FunctionalInterface
public interface ConnectionHandler {
    /** Serves one client until it is done; an exception ends only this connection. */
    void serve(InputStream in, OutputStream out) throws IOException;
}
