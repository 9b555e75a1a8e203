package org.socketslab.nonblocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void usesDefaultsWithoutArguments() {
        assertThat(Options.parse(new String[0], "127.0.0.1", 7007)).isEqualTo(new Options("127.0.0.1", 7007));
    }

    @Test
    void readsBindHostAndPort() {
        assertThat(Options.parse(new String[] {"--bind", "0.0.0.0", "--port", "0"}, "127.0.0.1", 7007))
                .isEqualTo(new Options("0.0.0.0", 0));
        assertThat(Options.parse(new String[] {"--host", "::1"}, "127.0.0.1", 7007))
                .isEqualTo(new Options("::1", 7007));
    }

    @Test
    void rejectsBadInputClearly() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--port", "70000"}, "h", 1))
                .hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> Options.parse(new String[] {"--port"}, "h", 1))
                .hasMessageContaining("missing value after --port");
        assertThatThrownBy(() -> Options.parse(new String[] {"--verbose", "yes"}, "h", 1))
                .hasMessageContaining("unknown option --verbose");
    }
}
