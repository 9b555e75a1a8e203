package org.socketslab.kit.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShortReadStreamTest {
    private static byte[] randomBytes(int n) {
        byte[] data = new byte[n];
        new Random(5).nextBytes(data);
        return data;
    }

    private static List<Integer> pieceSizes(ShortReadStream in) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        byte[] buffer = new byte[100];
        int n;
        while ((n = in.read(buffer)) != -1) {
            sizes.add(n);
        }
        return sizes;
    }

    @Test
    void deliversEveryByteInOrderInShortPieces() throws IOException {
        byte[] data = randomBytes(1000);
        ShortReadStream in = ShortReadStream.over(data).seed(3).pieces(1, 4).build();
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[64];
        int n;
        while ((n = in.read(buffer)) != -1) {
            assertThat(n).isBetween(1, 4);
            got.write(buffer, 0, n);
        }
        assertThat(got.toByteArray()).isEqualTo(data);
        assertThat(in.reads()).isGreaterThanOrEqualTo(250);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void theSameSeedCutsTheSamePieces() throws IOException {
        byte[] data = randomBytes(500);
        List<Integer> first = pieceSizes(ShortReadStream.over(data).seed(9).pieces(1, 7).build());
        assertThat(pieceSizes(ShortReadStream.over(data).seed(9).pieces(1, 7).build())).isEqualTo(first);
        assertThat(pieceSizes(ShortReadStream.over(data).seed(10).pieces(1, 7).build())).isNotEqualTo(first);
    }

    @Test
    void neverReturnsMoreThanAskedAndPromisesNothingAvailable() throws IOException {
        ShortReadStream in = ShortReadStream.over(randomBytes(10)).pieces(5, 5).build();
        assertThat(in.available()).isZero();
        assertThat(in.read(new byte[2], 0, 2)).isEqualTo(2);
        assertThat(in.read(new byte[8], 0, 0)).isZero();
        assertThat(in.read()).isBetween(0, 255);
        assertThat(in.available()).isZero();
    }

    @Test
    void resetsAfterTheGivenNumberOfBytes() throws IOException {
        ShortReadStream in = ShortReadStream.over(randomBytes(100)).pieces(8, 8).resetAfter(20).build();
        assertThat(in.readNBytes(20)).hasSize(20);
        assertThatThrownBy(in::read).isInstanceOf(SocketException.class).hasMessage("Connection reset");
        assertThat(in.position()).isEqualTo(20);
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> ShortReadStream.over(new byte[1]).pieces(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShortReadStream.over(new byte[1]).pieces(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShortReadStream.over(new byte[1]).resetAfter(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
