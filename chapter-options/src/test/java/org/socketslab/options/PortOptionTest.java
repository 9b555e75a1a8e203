package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PortOptionTest {

    @Test
    void usesTheDefaultWithoutArgumentsAndReadsPort() {
        assertThat(PortOption.parse(new String[0], 7014)).isEqualTo(7014);
        assertThat(PortOption.parse(new String[] {"--port", "0"}, 7014)).isZero();
    }

    @Test
    void rejectsBadInputClearly() {
        assertThatThrownBy(() -> PortOption.parse(new String[] {"--port", "70000"}, 1)).hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> PortOption.parse(new String[] {"--bind", "x"}, 1)).hasMessageContaining("usage: --port N");
    }
}
