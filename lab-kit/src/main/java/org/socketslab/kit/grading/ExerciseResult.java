package org.socketslab.kit.grading;

import java.util.List;

/** One line of the scoreboard: an exercise and how its tests ended. */
public record ExerciseResult(String id, String title, int points, String docs, List<TestOutcome> tests) {

    public long count(Status status) {
        return tests.stream().filter(t -> t.status() == status).count();
    }

    /** Points earned: each passed test's share of the exercise's points. */
    public double score() {
        return share(count(Status.PASSED));
    }

    /**
     * One test's share: the exercise's points divided among all its tests, skipped ones included,
     * so that the tests which ran cannot earn the share of those which could not run here.
     */
    public double pointsPerTest() {
        return share(1);
    }

    /** Points there are to earn on this machine: the shares of the tests that ran (all points when none was skipped). */
    public double maxPoints() {
        return share(ran());
    }

    /** The share of {@code n} tests, computed in one step so that all tests of an exercise make exactly its points. */
    private double share(long n) {
        return tests.isEmpty() ? 0 : points * (double) n / tests.size();
    }

    /** Tests that ran, that is every test but the skipped ones. */
    public long ran() {
        return tests.size() - count(Status.SKIPPED);
    }

    public Status status() {
        long passed = count(Status.PASSED);
        if (count(Status.FAILED) > 0) {
            return Status.FAILED;
        }
        if (!tests.isEmpty() && ran() == 0) {
            return Status.SKIPPED;
        }
        if (passed == ran()) {
            return Status.PASSED;
        }
        return passed == 0 ? Status.NOT_STARTED : Status.IN_PROGRESS;
    }

    /** Orders {@code tcp-2} before {@code tcp-10}. */
    static int compareIds(String a, String b) {
        int dashA = a.lastIndexOf('-');
        int dashB = b.lastIndexOf('-');
        String chapterA = a.substring(0, Math.max(dashA, 0));
        String chapterB = b.substring(0, Math.max(dashB, 0));
        if (!chapterA.equals(chapterB)) {
            return chapterA.compareTo(chapterB);
        }
        try {
            return Integer.compare(Integer.parseInt(a.substring(dashA + 1)), Integer.parseInt(b.substring(dashB + 1)));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
