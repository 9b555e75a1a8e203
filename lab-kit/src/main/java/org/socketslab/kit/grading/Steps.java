package org.socketslab.kit.grading;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario a graded test walks through, step by step. Declare a {@code Steps} parameter in a
 * graded test and call {@link #step} before each action; when the test fails the learner sees the
 * steps that were done, so "expected X but got Y" comes with the story that led to it.
 */
public final class Steps {
    private final List<String> done = new ArrayList<>();

    /** Records the next step; returns this for chaining. */
    public synchronized Steps step(String description) {
        done.add(description);
        return this;
    }

    synchronized List<String> done() {
        return List.copyOf(done);
    }
}
