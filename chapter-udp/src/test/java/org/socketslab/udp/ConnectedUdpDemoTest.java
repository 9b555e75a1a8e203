package org.socketslab.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

@Timeout(10)
class ConnectedUdpDemoTest {
    private static final Pattern UNCONNECTED = Pattern.compile("unconnected socket: SocketTimeoutException after (\\d+) ms");
    private static final Pattern CONNECTED = Pattern.compile("connected socket: +PortUnreachableException after (\\d+) ms");

    @Test
    @ResourceLock(Resources.SYSTEM_OUT)
    void onlyTheConnectedSocketHearsThatNothingListens() throws Exception {
        String output = UdpDemoTest.capture(() -> ConnectedUdpDemo.main(new String[0]));
        Matcher unconnected = UNCONNECTED.matcher(output);
        Matcher connected = CONNECTED.matcher(output);
        assertThat(unconnected.find()).as(output).isTrue();
        assertThat(connected.find()).as(output).isTrue();
        long waited = Long.parseLong(unconnected.group(1));
        long failedAfter = Long.parseLong(connected.group(1));
        assertThat(waited).as("the unconnected socket waits for its timeout")
                .isGreaterThanOrEqualTo(ConnectedUdpDemo.TIMEOUT_MILLIS * 9L / 10);
        assertThat(failedAfter).as("the connected socket fails long before its timeout").isLessThan(waited / 4);
        UdpDemoTest.save("ConnectedUdpDemo.txt", output);
    }
}
