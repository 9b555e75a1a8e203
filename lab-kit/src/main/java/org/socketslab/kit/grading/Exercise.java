package org.socketslab.kit.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socketslab.kit.leaks.LeakCheckExtension;

/**
 * Marks a test class as the graded tests of one exercise.
 *
 * <p>The class must also carry {@code @Tag("<id>")} so that {@code -Dgroups=<id>} runs the
 * exercise alone (JUnit tags cannot be derived from another annotation's value, so the grading
 * extension checks that the two agree). Every test in the class gets the grading rules: a starter
 * still throwing its TODO exception makes the test <em>not started</em>, a failure names the docs
 * section to read, leaked sockets and threads fail the test, and no test runs longer than
 * {@value #TIME_LIMIT_SECONDS} seconds.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({GradingExtension.class, LeakCheckExtension.class})
@Timeout(value = Exercise.TIME_LIMIT_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public @interface Exercise {

    /** Backstop for a learner's code that blocks forever; tests detect hangs sooner themselves. */
    int TIME_LIMIT_SECONDS = 20;

    /** Exercise id, {@code <chapter>-<n>}, e.g. {@code tcp-1}; also the JUnit tag. */
    String id();

    /** Short title shown on the scoreboard. */
    String title();

    /** Points for passing every test of the exercise; shared equally among its tests. */
    int points() default 10;

    /** Where the docs explain it: a page and anchor of the course site, e.g. {@code tcp.html#tcp-1}. */
    String docs();
}
