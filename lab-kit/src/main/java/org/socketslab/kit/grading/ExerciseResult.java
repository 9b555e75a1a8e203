package org.socketslab.kit.grading;

import java.util.List;

/** One line of the scoreboard: an exercise and how its tests ended. */
public record ExerciseResult(String id, String title, int points, String docs, List<TestOutcome> tests) {

    public long count(Status status) {
        return tests.stream().filter(t -> t.status() == status).count();
    }

    /** Points earned: the exercise's points shared equally among its tests that could run here. */
    public double score() {
        return ran() == 0 ? 0 : points * (double) count(Status.PASSED) / ran();
    }

    /** Points one test that ran is worth (a skipped test is worth nothing here). */
    public double pointsPerTest() {
        return ran() == 0 ? 0 : points / (double) ran();
    }

    /** Points there are to earn on this machine: none when every test had to be skipped. */
    public int maxPoints() {
        return ran() == 0 ? 0 : points;
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
