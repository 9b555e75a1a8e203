package org.socketslab.kit.grading;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.socketslab.kit.grading.SameBytes.assertSameBytes;

import org.junit.jupiter.api.Test;

class SameBytesTest {
    private static final byte[] ABC = {'a', 'b', 'c'};

    @Test
    void acceptsEqualBytes() {
        assertThatCode(() -> assertSameBytes("reply", ABC, new byte[] {'a', 'b', 'c'})).doesNotThrowAnyException();
    }

    @Test
    void namesTheFirstDifference() {
        assertThatThrownBy(() -> assertSameBytes("reply", ABC, new byte[] {'a', 'B', 0}))
                .hasMessage("reply: expected 3 bytes and got 3, but byte 1 differs: expected 'b' (0x62), got 'B' (0x42)");
    }

    @Test
    void saysWhenBytesAreMissingOrExtra() {
        assertThatThrownBy(() -> assertSameBytes("reply", ABC, new byte[] {'a'}))
                .hasMessage("reply: expected 3 bytes, but got 1 (the first 1 are right; the rest never arrived)");
        assertThatThrownBy(() -> assertSameBytes("reply", ABC, new byte[] {'a', 'b', 'c', '\n'}))
                .hasMessage("reply: expected 3 bytes, but got 4 (the first 3 are right, then 1 more)");
    }
}
