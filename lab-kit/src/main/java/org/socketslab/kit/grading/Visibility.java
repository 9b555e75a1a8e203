package org.socketslab.kit.grading;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** When Gradescope shows a test's result and output to the learner (its {@code visibility} field). */
public enum Visibility {
    VISIBLE, AFTER_DUE_DATE, AFTER_PUBLISHED, HIDDEN;

    /** The value Gradescope's {@code results.json} expects, e.g. {@code after_due_date}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses Gradescope's spelling; anything else is an error that lists the four it knows. */
    public static Visibility of(String text) {
        for (Visibility v : values()) {
            if (v.json().equals(text.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown visibility \"" + text + "\": use one of "
                + Arrays.stream(values()).map(Visibility::json).collect(Collectors.joining(", ")));
    }
}
