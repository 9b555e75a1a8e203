package org.socketslab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOnOneToHundred() {
        long[] samples = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray(); // unsorted on purpose
        Percentiles p = new Percentiles(samples, samples.length);
        assertThat(p.at(50)).isEqualTo(50);
        assertThat(p.at(99)).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.max()).isEqualTo(100);
    }

    @Test
    void smallSamplesRoundUp() {
        Percentiles p = new Percentiles(new long[] {10, 20, 30}, 3);
        assertThat(p.at(50)).isEqualTo(20); // rank ceil(1.5) = 2
        assertThat(p.at(99)).isEqualTo(30);
    }

    @Test
    void onlyTheCountedPrefixIsUsedAndEmptyIsZero() {
        assertThat(new Percentiles(new long[] {5, 1, 999}, 2).max()).isEqualTo(5);
        assertThat(new Percentiles(new long[0], 0).at(99)).isZero();
    }

    @Test
    void samplesMergeAcrossThreads() {
        Samples a = new Samples();
        Samples b = new Samples();
        for (int i = 1; i <= 50; i++) {
            a.add(i);
            b.add(50 + i);
        }
        Percentiles p = Samples.merge(java.util.List.of(a, b));
        assertThat(p.count()).isEqualTo(100);
        assertThat(p.at(50)).isEqualTo(50);
    }
}
