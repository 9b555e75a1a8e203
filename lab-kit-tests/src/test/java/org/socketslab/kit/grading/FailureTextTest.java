package org.socketslab.kit.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void dropsTheFramesAnAssertionLibraryCopiedIntoAMessage() {
        String message = "Expecting throwable message:\n  \"after 1 of 3\"\nto contain:\n  \"2\"\n\n"
                + "java.io.EOFException: after 1 of 3\n"
                + "\tat org.socketslab.tcp.exercise.LineExchangeTest.lambda$exchange$0(LineExchangeTest.java:32)\n"
                + "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)\n"
                + "\tat org.socketslab.kit.grading.TimeLimit.call(TimeLimit.java:30)\n"
                + "\t... 4 more\n\nRead: docs/target/site/tcp.html#tcp-2";
        assertThat(FailureText.withoutForeignFrames(message))
                .isEqualTo("Expecting throwable message:\n  \"after 1 of 3\"\nto contain:\n  \"2\"\n\n"
                        + "java.io.EOFException: after 1 of 3\n\nRead: docs/target/site/tcp.html#tcp-2");
    }

    @Test
    void testsAndLabKitAreNotTheLearnersCode() {
        assertThat(FailureText.isLearners(FailureTextTest.class.getName())).isFalse();
        assertThat(FailureText.isLearners(TimeLimit.class.getName())).isFalse();
        assertThat(FailureText.isLearners("java.lang.Thread")).isFalse();
        assertThat(FailureText.isLearners("org.socketslab.tcp.exercise.NoSuchClass")).isFalse();
    }

    @Test
    void anAssertionFailureGetsNoFramesAndTheTextIsKept() {
        AssertionError explained = new AssertionError("expected 3 but got 2\n\nRead: x.html#y", new AssertionError("inner"));
        assertThat(FailureText.of(explained)).isEqualTo("expected 3 but got 2\n\nRead: x.html#y");
    }

    @Test
    void whatTheLearnersCodeThrewHasNoFramesOfOthers() {
        EOFException thrown = new EOFException("cut");
        thrown.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.io.DataInputStream", "readFully", "DataInputStream.java", 202),
            new StackTraceElement("org.socketslab.kit.grading.TimeLimit", "call", "TimeLimit.java", 30)});
        AssertionError explained = new AssertionError("your code threw " + thrown + "\n\nSteps done:\n  1. x\n\nRead: a.html#b", thrown);
        assertThat(FailureText.of(explained)).isEqualTo(explained.getMessage()).doesNotContain("Where your code threw it");
    }
}
