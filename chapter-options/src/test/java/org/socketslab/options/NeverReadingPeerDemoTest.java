package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class NeverReadingPeerDemoTest {

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void biggerSendBuffersAbsorbMoreAndAnUntouchedOneGrows() throws Exception {
        String output = DemoOutput.capture("NeverReadingPeerDemo", NeverReadingPeerDemo::main);
        List<Long> absorbed = new ArrayList<>();
        Matcher m = Pattern.compile("([\\d,]+) bytes").matcher(output);
        while (m.find()) {
            absorbed.add(Long.parseLong(m.group(1).replace(",", "")));
        }
        assertThat(absorbed).hasSize(4);
        // Each requested size is absorbed at least once over, and the kernel's doubled buffers hold more.
        for (int i = 0; i < NeverReadingPeerDemo.SEND_BUFFERS.length; i++) {
            assertThat(absorbed.get(i)).isGreaterThanOrEqualTo(NeverReadingPeerDemo.SEND_BUFFERS[i]);
        }
        assertThat(absorbed.get(0)).isLessThan(absorbed.get(2));
        assertThat(absorbed.get(3)).as("an untouched send buffer grows past 256 KiB").isGreaterThan(absorbed.get(2));
    }
}
