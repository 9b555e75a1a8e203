package org.socketslab.kit.integrity;

import java.util.List;

/**
 * What the integrity check learnt of one classic mistake, as the contract map needs it.
 *
 * @param mistake  its name
 * @param breaks   the pieces of contract items it quotes in its {@code // Breaks:} comments
 * @param caughtBy the graded test that caught it, {@link #NOT_CHECKED} when the tests that would
 *                 could not run on this machine, or {@code null} when none caught it
 */
record MistakeVerdict(String mistake, List<String> breaks, String caughtBy) {
    static final String NOT_CHECKED = "(not checkable on this machine)";

    boolean counts() {
        return caughtBy != null;
    }
}
