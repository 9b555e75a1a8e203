package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.faults.ShortReadStream;

class LineFramingTest {
    private static InputStream stream(String text) {
        return new BufferedInputStream(ShortReadStream.over(text.getBytes(StandardCharsets.UTF_8)).seed(2).build());
    }

    @Test
    void readsLfAndCrlfLinesAndKeepsALoneCr() throws IOException {
        InputStream in = stream("one\r\ntwo\nthr\ree\n\r\n");
        assertThat(LineFraming.readLine(in, 10)).isEqualTo("one");
        assertThat(LineFraming.readLine(in, 10)).isEqualTo("two");
        assertThat(LineFraming.readLine(in, 10)).isEqualTo("thr\ree");
        assertThat(LineFraming.readLine(in, 10)).isEmpty();
        assertThat(LineFraming.readLine(in, 10)).isNull();
    }

    @Test
    void countsTheLimitInUtf8BytesWithoutTheLineEnd() throws IOException {
        assertThat(LineFraming.readLine(stream("ééé\r\n"), 6)).isEqualTo("ééé");
        assertThatThrownBy(() -> LineFraming.readLine(stream("éééa\n"), 6))
                .isInstanceOf(ProtocolException.class).hasMessage("line longer than 6 bytes");
    }

    @Test
    void reportsAnEndOfStreamInsideALine() {
        assertThatThrownBy(() -> LineFraming.readLine(stream("unfinished"), 100))
                .isInstanceOf(EOFException.class)
                .hasMessage("stream ended after 10 bytes of a line without a line end");
    }
}
