package org.socketslab.framing;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.socketslab.kit.faults.Loopback;

/**
 * What the framing page says the JDK does with streams, byte order and allocation, checked on every
 * JDK the build runs on (under the chapter's small test heap). Each display name starts with the
 * page section it backs; a docs test checks that the section exists.
 */
@Timeout(20)
class JavaFramingFactsTest {
    private static final byte[] SEVEN = "7 bytes".getBytes(US_ASCII);

    @Test
    @DisplayName("framing.html#receive-exactly: readNBytes returns short at the end of the stream, readFully throws EOFException with no message")
    void shortReadsAtTheEndOfTheStream() throws IOException {
        assertThat(new ByteArrayInputStream(SEVEN).readNBytes(10)).hasSize(7);
        assertThat(new ByteArrayInputStream(SEVEN).readNBytes(new byte[10], 0, 10)).isEqualTo(7);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(SEVEN));
        assertThatThrownBy(() -> in.readFully(new byte[10])).isInstanceOf(EOFException.class).hasMessage(null);
    }

    @Test
    @DisplayName("framing.html#receive-exactly: readNBytes(n) does not allocate n bytes up front")
    void readNBytesGrowsAsBytesArrive() throws IOException {
        long heap = Runtime.getRuntime().maxMemory();
        int huge = (int) Math.min(Integer.MAX_VALUE - 8L, heap * 2);
        assertThat(new ByteArrayInputStream(SEVEN).readNBytes(huge)).isEqualTo(SEVEN);
    }

    @Test
    @DisplayName("framing.html#receive-exactly: on a socket, available() counts only what has arrived")
    void availableCountsWhatHasArrived() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, Loopback.ipv4());
             Socket client = new Socket(Loopback.ipv4(), server.getLocalPort())) {
            server.setSoTimeout(5_000);
            try (Socket accepted = server.accept()) {
                assertThat(accepted.getInputStream().available()).isZero();
                client.getOutputStream().write(SEVEN);
                await().atMost(Duration.ofSeconds(5)).until(() -> accepted.getInputStream().available() == 7);
            }
        }
    }

    @Test
    @DisplayName("framing.html#length-prefix: DataOutputStream and a new ByteBuffer write big-endian")
    void bigEndianByDefault() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeInt(300);
        assertThat(bytes.toByteArray()).containsExactly(0, 0, 1, 0x2C);
        assertThat(ByteBuffer.allocate(4).putInt(300).array()).containsExactly(0, 0, 1, 0x2C);
        assertThat(ByteBuffer.allocateDirect(4).order()).isEqualTo(ByteOrder.BIG_ENDIAN);
    }

    @Test
    @DisplayName("framing.html#length-prefix: duplicate, slice and read-only views of a little-endian buffer are big-endian")
    void viewsForgetTheByteOrder() {
        ByteBuffer little = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(little.duplicate().order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(little.slice().order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(little.asReadOnlyBuffer().order()).isEqualTo(ByteOrder.BIG_ENDIAN);
    }

    @Test
    @DisplayName("framing.html#length-prefix: a prefix of 2^31 or more reads as a negative int")
    void largePrefixesAreNegative() throws IOException {
        byte[] prefix = {(byte) 0x80, 0, 0, 0};
        assertThat(new DataInputStream(new ByteArrayInputStream(prefix)).readInt()).isNegative();
        assertThat(ByteBuffer.wrap(prefix).getInt()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    @DisplayName("framing.html#delimiters: readLine ends a line at a lone CR and returns an unfinished last line")
    void readLineSurprises() throws IOException {
        BufferedReader reader = new BufferedReader(new StringReader("one\rtwo\nunfinished"));
        assertThat(reader.readLine()).isEqualTo("one");
        assertThat(reader.readLine()).isEqualTo("two");
        assertThat(reader.readLine()).isEqualTo("unfinished");
        assertThat(reader.readLine()).isNull();
        assertThat(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(new byte[0]), US_ASCII)).readLine()).isNull();
    }

    @Test
    @DisplayName("framing.html#maximum-sizes: new byte[-1] throws NegativeArraySizeException")
    void negativeLengths() {
        int length = -1;
        assertThatThrownBy(() -> consume(new byte[length])).isInstanceOf(NegativeArraySizeException.class);
    }

    @Test
    @DisplayName("framing.html#maximum-sizes: 70 00 00 00 is a 1.75 GiB allocation, which a small heap refuses")
    void aHostileLengthIsARealAllocation() {
        int length = ByteBuffer.wrap(new byte[] {0x70, 0, 0, 0}).getInt();
        assertThat(length).isEqualTo(1_879_048_192);
        // AssertJ's assumptions need byte-buddy proxies, which JDK 25 warns about: JUnit's are plain.
        assumeTrue(Runtime.getRuntime().maxMemory() < length, "a heap smaller than the allocation");
        assertThatThrownBy(() -> consume(new byte[length])).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    @DisplayName("framing.html#maximum-sizes: on HotSpot, new byte[Integer.MAX_VALUE] is over the VM's limit and allocates nothing")
    void theLargestLengthIsOverTheVmLimit() {
        // HotSpot calls itself "OpenJDK 64-Bit Server VM" or "Java HotSpot(TM) …"; OpenJ9 has other limits.
        String vm = System.getProperty("java.vm.name");
        assumeTrue(vm.contains("HotSpot") || vm.contains("OpenJDK"), "a HotSpot VM");
        assertThatThrownBy(() -> consume(new byte[Integer.MAX_VALUE]))
                .isInstanceOf(OutOfMemoryError.class).hasMessageContaining("exceeds VM limit");
    }

    @Test
    @DisplayName("framing.html#maximum-sizes: the bytes of \"GET \" and \"hell\" read as big-endian lengths")
    void textReadAsALength() {
        assertThat(ByteBuffer.wrap("GET ".getBytes(US_ASCII)).getInt()).isEqualTo(1_195_725_856).isEqualTo(0x47455420);
        assertThat(ByteBuffer.wrap("hell".getBytes(US_ASCII)).getInt()).isEqualTo(1_751_477_356);
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "the page gives Linux's loopback MTU")
    @DisplayName("framing.html#try-it: Linux's loopback takes packets of 65,536 bytes")
    void loopbackMtu() throws IOException {
        Path mtu = Path.of("/sys/class/net/lo/mtu");
        assumeTrue(Files.isReadable(mtu), "/sys is readable");
        assertThat(Files.readString(mtu).trim()).isEqualTo("65536");
    }

    /** Keeps an allocation from being optimised away. */
    private static void consume(byte[] array) {
        assertThat(array).isNotNull();
    }
}
