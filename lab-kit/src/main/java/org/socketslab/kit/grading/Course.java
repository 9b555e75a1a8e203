package org.socketslab.kit.grading;

import java.util.List;

/** Facts about the course as a whole. */
public final class Course {
    /** Chapter ids (the part of an exercise id before the dash) in the order learners take them. */
    public static final List<String> CHAPTERS = List.of("tcp", "udp", "ipv6", "nonblocking", "options", "framing");

    private Course() {
    }
}
