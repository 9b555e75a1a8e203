package org.socketslab.kit.grading;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.socketslab.kit.faults.Loopback;

/** The condition behind {@link RequiresIpv6Loopback}. */
final class Ipv6LoopbackCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            // Never skip a whole class: a skipped class reports no tests at all, and the
            // scoreboard must list each of them as skipped, with the reason.
            return ConditionEvaluationResult.enabled("decided per test");
        }
        return Loopback.ipv6Available()
                ? ConditionEvaluationResult.enabled("::1 can be bound here")
                : ConditionEvaluationResult.disabled(Loopback.NO_IPV6);
    }
}
