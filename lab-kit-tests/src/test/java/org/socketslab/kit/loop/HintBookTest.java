package org.socketslab.kit.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HintBookTest {
    private static final List<String> PAGE = List.of(
            "[[tcp-1]]",
            "=== tcp-1: HTTP/1.1 request by hand",
            "",
            "==== Requirements",
            "",
            "[%collapsible]",
            ".Not a hint",
            "====",
            "Requirements are not hints.",
            "====",
            "",
            "==== Hints",
            "",
            "[%collapsible]",
            ".Hint 1",
            "====",
            "What does `read()` return at the *end* of the stream?",
            "See <<tcp-half-close>> and <<tcp-2,the next exercise>>.",
            "====",
            "",
            "[%collapsible]",
            ".Hint 2",
            "====",
            "Loop until it returns -1, or call `+InputStream.readAllBytes()+`.",
            "====",
            "",
            "==== Common mistakes",
            "",
            "[[tcp-2]]",
            "=== tcp-2: Line client",
            "",
            "==== Hints",
            "",
            "[%collapsible]",
            ".Hint 1",
            "====",
            "Another exercise's hint.",
            "====");

    @Test
    void readsTheHintsOfOneExerciseInOrderAsPlainText() {
        assertThat(HintBook.parse(PAGE, "tcp-1")).containsExactly(
                "What does read() return at the end of the stream?\nSee the section tcp-half-close and the next exercise.",
                "Loop until it returns -1, or call InputStream.readAllBytes().");
    }

    @Test
    void findsNoHintsForAnExerciseThePageDoesNotHave() {
        assertThat(HintBook.parse(PAGE, "tcp-3")).isEmpty();
        assertThat(HintBook.parse(PAGE, "tcp-2")).containsExactly("Another exercise's hint.");
    }
}
