package org.socketslab.kit.grading;

/**
 * How one graded test ended.
 *
 * @param exerciseId  e.g. {@code tcp-1}
 * @param exercise    the exercise's title
 * @param points      the exercise's points (shared by all of its tests)
 * @param docs        page and anchor of the docs section
 * @param test        the test's display name
 * @param status      {@link Status#PASSED}, {@link Status#FAILED}, {@link Status#NOT_STARTED} or
 *                    {@link Status#SKIPPED}
 * @param message     what the learner sees; empty when passed; the reason when skipped
 */
public record TestOutcome(String exerciseId, String exercise, int points, String docs,
                          String test, Status status, String message) {
}
