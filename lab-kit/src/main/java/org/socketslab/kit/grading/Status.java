package org.socketslab.kit.grading;

/** Where a learner stands on one test or one exercise. */
public enum Status {
    PASSED("passed"),
    FAILED("failed"),
    /** Some tests pass, the rest still hit a TODO. */
    IN_PROGRESS("in progress"),
    /** The starter still throws its TODO exception. */
    NOT_STARTED("not started"),
    /**
     * The test could not run on this machine (for instance it needs an IPv6 loopback address and
     * there is none): neither passed nor failed, and left out of the points.
     */
    SKIPPED("skipped");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
