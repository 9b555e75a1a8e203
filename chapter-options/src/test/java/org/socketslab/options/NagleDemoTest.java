package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(20)
class NagleDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void measuresBothSeriesAndNoDelayIsMuchFaster() throws Exception {
        String output = DemoOutput.capture("NagleDemo", NagleDemo::main);
        assertThat(output).containsPattern("TCP_NODELAY false +p50 +[\\d.,]+ ms +p90 +[\\d.,]+ ms")
                .containsPattern("TCP_NODELAY true +p50 +[\\d.,]+ ms")
                .contains("with Nagle on, the median round trip took");
        // Two measurements of one run, compared with a wide margin (here about 40 ms against 0.1 ms),
        // so the page never shows a run where the effect did not happen.
        long nagle = p50Micros(output, false);
        long noDelay = p50Micros(output, true);
        assertThat(noDelay).as("median with TCP_NODELAY, µs (with Nagle: " + nagle + " µs)").isLessThan(nagle / 4);
    }

    private static long p50Micros(String output, boolean noDelay) {
        String line = output.lines().filter(l -> l.startsWith("TCP_NODELAY " + noDelay + " ")).findFirst().orElseThrow();
        String millis = line.replaceAll(".*p50 +([\\d.,]+) ms.*", "$1").replace(",", "");
        return Math.round(Double.parseDouble(millis) * 1000);
    }
}
