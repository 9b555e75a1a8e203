package org.socketslab.framing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.socketslab.kit.faults.ShortReadStream;

class LengthPrefixTest {
    private static byte[] frames(byte[]... payloads) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (byte[] payload : payloads) {
            LengthPrefix.write(out, payload, 1000);
        }
        return bytes.toByteArray();
    }

    @Test
    void writesABigEndianPrefixThenThePayload() throws IOException {
        assertThat(frames(new byte[258])).startsWith(0, 0, 1, 2).hasSize(262);
    }

    @Test
    void readsFramesBackFromShortReadsThenNullAtTheEnd() throws IOException {
        byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[999];
        Arrays.fill(big, (byte) 'x');
        ShortReadStream in = ShortReadStream.over(frames(hello, new byte[0], big)).seed(3).pieces(1, 2).build();
        assertThat(LengthPrefix.read(in, 1000)).isEqualTo(hello);
        assertThat(LengthPrefix.read(in, 1000)).isEmpty();
        assertThat(LengthPrefix.read(in, 1000)).isEqualTo(big);
        assertThat(LengthPrefix.read(in, 1000)).isNull();
    }

    @Test
    void rejectsHostileLengthsBeforeReadingAPayload() {
        assertThatThrownBy(() -> LengthPrefix.read(new ByteArrayInputStream(new byte[] {0x7f, -1, -1, -1}), 1000))
                .isInstanceOf(FrameTooLargeException.class)
                .hasMessage("frame length 2147483647 exceeds the maximum 1000");
        assertThatThrownBy(() -> LengthPrefix.read(new ByteArrayInputStream(new byte[] {-1, -1, -1, -2}), 1000))
                .isInstanceOf(ProtocolException.class)
                .hasMessage("negative frame length -2");
    }

    @Test
    void refusesToWriteAnOversizedFrame() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThatThrownBy(() -> LengthPrefix.write(new DataOutputStream(bytes), new byte[1001], 1000))
                .isInstanceOf(FrameTooLargeException.class);
        assertThat(bytes.size()).isZero();
    }

    @Test
    void reportsTruncatedFramesWithCounts() {
        assertThatThrownBy(() -> LengthPrefix.read(new ByteArrayInputStream(new byte[] {0, 0, 0}), 1000))
                .isInstanceOf(EOFException.class).hasMessage("stream ended after 3 of 4 length bytes");
        assertThatThrownBy(() -> LengthPrefix.read(new ByteArrayInputStream(new byte[] {0, 0, 0, 10, 1, 2}), 1000))
                .isInstanceOf(EOFException.class).hasMessage("stream ended after 2 of 10 payload bytes");
    }
}
