package org.socketslab.kit.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test (or every test of a class) that needs the IPv6 loopback address {@code ::1}.
 * Where this machine has none, each such test is reported <em>skipped</em>, with the reason
 * {@value org.socketslab.kit.faults.Loopback#NO_IPV6}: not failed (the learner did nothing wrong),
 * not "not started" and not passed (nothing was checked). The scoreboard leaves skipped tests out
 * of the points, and the integrity check reports what it could not check instead of failing.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Ipv6LoopbackCondition.class)
public @interface RequiresIpv6Loopback {
}
