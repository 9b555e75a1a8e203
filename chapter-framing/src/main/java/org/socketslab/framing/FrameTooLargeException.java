package org.socketslab.framing;

import java.net.ProtocolException;

/**
 * A message announced, or asked to be sent, with more bytes than the protocol's maximum. A
 * {@link ProtocolException}: the peer broke the rules, and the connection cannot be trusted any more.
 */
public class FrameTooLargeException extends ProtocolException {
    private static final long serialVersionUID = 1L;

    /** For a frame of {@code length} bytes where at most {@code maximum} are allowed. */
    public FrameTooLargeException(long length, long maximum) {
        super("frame length " + length + " exceeds the maximum " + maximum);
    }
}
