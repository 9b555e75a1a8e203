package org.socketslab.kit.grading;

import java.util.List;

/** Each failed graded test of a run, once: which test, then its explanation, indented. */
public final class FailureReport {
    private FailureReport() {
    }

    public static String of(List<TestOutcome> outcomes) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        for (TestOutcome o : outcomes) {
            if (o.status() == Status.FAILED) {
                out.append(nl).append("FAILED ").append(o.exerciseId()).append(": ").append(o.test()).append(nl);
                for (String line : o.message().strip().split("\\R", -1)) {
                    out.append(line.isEmpty() ? "" : "  " + line).append(nl);
                }
            }
        }
        return out.toString();
    }
}
