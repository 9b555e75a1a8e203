package org.socketslab.kit.loop;

import java.nio.file.Path;
import java.util.List;

/**
 * One exercise as {@code ./lab} handles it.
 *
 * @param id          e.g. {@code tcp-1}
 * @param title       the scoreboard's title
 * @param docs        page and anchor of its docs section
 * @param points      what passing it earns
 * @param chapter     the chapter module it belongs to
 * @param testClasses its graded test classes' names
 * @param starters    the starter files its tests exercise (a graded test {@code FooTest} checks {@code Foo.java})
 */
record LabExercise(String id, String title, String docs, int points, LabChapter chapter,
                   List<String> testClasses, List<Path> starters) {
}
