package org.socketslab.kit.grading;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a learner's blocking call with a time limit, so a hang becomes a quick failure that says
 * what probably went wrong, instead of the test's 20 s backstop.
 */
public final class TimeLimit {
    private TimeLimit() {
    }

    /**
     * Returns what {@code call} returns, rethrows what it throws, or fails after {@code limit} with
     * {@code whenHung} as the explanation. A hung call's thread is left to end when the test
     * closes the sockets it is blocked on.
     */
    public static <T> T call(Duration limit, String whenHung, Callable<T> call) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "graded-call");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<T> result = executor.submit(call);
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw e;
        } catch (TimeoutException e) {
            executor.shutdownNow(); // wakes a sleep or a wait; a blocked socket read ends when its socket closes
            throw new AssertionError("no result after " + limit.toMillis() + " ms: " + whenHung);
        } finally {
            executor.shutdown();
        }
    }
}
