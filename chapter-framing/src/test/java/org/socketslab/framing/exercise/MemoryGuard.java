package org.socketslab.framing.exercise;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.socketslab.kit.grading.TimeLimit;

/**
 * {@link TimeLimit#call} for code that may run out of memory: an {@link OutOfMemoryError} in the
 * learner's code becomes an ordinary failed assertion. Escaping as it is, JUnit would rethrow it
 * as unrecoverable and end the whole run, integrity check included.
 */
final class MemoryGuard {
    private MemoryGuard() {
    }

    static <T> T call(Duration limit, String whenHung, Callable<T> call) throws Exception {
        return TimeLimit.call(limit, whenHung, () -> {
            try {
                return call.call();
            } catch (OutOfMemoryError e) {
                throw new AssertionError("your code ran out of memory (" + e.getMessage() + "). Does it allocate"
                        + " room for a length it read before checking that length against the maximum?");
            }
        });
    }
}
