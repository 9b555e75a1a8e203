package org.socketslab.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.socketslab.kit.faults.Loopback;

/**
 * What the options page says Java and Linux do with socket options, checked on every JDK the
 * build runs on. Each display name starts with the page section it backs; a docs test checks
 * that the section exists. Linux-only facts run only on Linux.
 */
@Timeout(20)
class JavaOptionsFactsTest {
    private static final String LINUX = "the page states this for Linux, where the course is measured";

    @Test
    @DisplayName("options.html#setting-options: SO_REUSEADDR is on for server sockets only, Nagle is on for a client")
    void defaults() throws IOException {
        try (ServerSocketChannel serverChannel = ServerSocketChannel.open(); ServerSocket server = new ServerSocket();
             SocketChannel client = SocketChannel.open(); Socket socket = new Socket();
             DatagramChannel udp = DatagramChannel.open(); DatagramSocket datagrams = new DatagramSocket(null)) {
            assertThat(serverChannel.getOption(StandardSocketOptions.SO_REUSEADDR)).isTrue();
            assertThat(server.getReuseAddress()).isTrue();
            assertThat(client.getOption(StandardSocketOptions.SO_REUSEADDR)).isFalse();
            assertThat(socket.getReuseAddress()).isFalse();
            assertThat(udp.getOption(StandardSocketOptions.SO_REUSEADDR)).isFalse();
            assertThat(datagrams.getReuseAddress()).isFalse();
            assertThat(client.getOption(StandardSocketOptions.TCP_NODELAY)).isFalse();
            assertThat(client.getOption(StandardSocketOptions.SO_LINGER)).isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("options.html#setting-options: a constructor with a port binds at once; without one, the socket waits for bind")
    void constructorsBindAtOnce() throws IOException {
        try (ServerSocket bound = new ServerSocket(0, 50, Loopback.ipv4()); ServerSocket unbound = new ServerSocket()) {
            assertThat(bound.isBound()).isTrue();
            assertThat(unbound.isBound()).isFalse();
        }
    }

    @Test
    @DisplayName("options.html#linger: after linger 0 the peer's read fails; after a plain close or a positive linger it reads -1")
    void lingerZeroResets() throws IOException {
        assertThat(peerReadAfterClose(-1)).isEqualTo("end of stream");
        assertThat(peerReadAfterClose(5)).isEqualTo("end of stream");
        assertThat(peerReadAfterClose(0)).isEqualTo("SocketException");
    }

    @Test
    @DisplayName("options.html#linger: shutdownOutput before a linger-0 close lets the peer read -1 first")
    void shutdownOutputDefeatsLingerZero() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, Loopback.ipv4());
             Socket client = new Socket(Loopback.ipv4(), server.getLocalPort());
             Socket accepted = server.accept()) {
            client.setSoTimeout(5_000);
            accepted.shutdownOutput();
            accepted.setSoLinger(true, 0);
            accepted.close();
            assertThat(client.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("options.html#linger: setting an option on a closed socket throws")
    void closedSocketsTakeNoOptions() throws IOException {
        Socket socket = new Socket();
        socket.close();
        assertThatThrownBy(() -> socket.setSoLinger(true, 0)).isInstanceOf(SocketException.class);
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = LINUX)
    @DisplayName("options.html#reuseaddr: over TIME_WAIT, a port binds again only if the old and the new socket both had SO_REUSEADDR")
    void timeWaitKeepsTheOldSocketsReuseAddress() throws IOException {
        assertThat(rebindsOverTimeWait(true, true)).isTrue();
        assertThat(rebindsOverTimeWait(true, false)).isFalse();
        assertThat(rebindsOverTimeWait(false, true)).as("the TIME_WAIT entry keeps the old socket's SO_REUSEADDR").isFalse();
    }

    @Test
    @DisplayName("options.html#reuseaddr: SO_REUSEADDR does not let a second listener onto a port in use")
    void reuseAddressDoesNotShareAListeningPort() throws IOException {
        try (ServerSocket first = new ServerSocket(0, 50, Loopback.ipv4()); ServerSocket second = new ServerSocket()) {
            second.setReuseAddress(true);
            assertThatThrownBy(() -> second.bind(new InetSocketAddress(Loopback.ipv4(), first.getLocalPort())))
                    .isInstanceOf(BindException.class);
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = LINUX)
    @DisplayName("options.html#reuseport: listeners with SO_REUSEPORT share a port; one without it cannot join")
    void reusePortSharesAPort() throws IOException {
        try (ServerSocket first = new ServerSocket(); ServerSocket second = new ServerSocket(); ServerSocket third = new ServerSocket()) {
            assumeTrue(first.supportedOptions().contains(StandardSocketOptions.SO_REUSEPORT), "SO_REUSEPORT is supported");
            first.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            first.bind(new InetSocketAddress(Loopback.ipv4(), 0));
            InetSocketAddress shared = new InetSocketAddress(Loopback.ipv4(), first.getLocalPort());
            second.setOption(StandardSocketOptions.SO_REUSEPORT, true);
            second.bind(shared);
            assertThatThrownBy(() -> third.bind(shared)).isInstanceOf(BindException.class);
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = LINUX)
    @DisplayName("options.html#keepalive: the keepalive timers start at the system's values, and setting them does not turn keepalive on")
    void keepaliveTimers() throws IOException {
        try (Socket socket = new Socket()) {
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).isEqualTo(sysctl("net/ipv4/tcp_keepalive_time"));
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPINTERVAL)).isEqualTo(sysctl("net/ipv4/tcp_keepalive_intvl"));
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPCOUNT)).isEqualTo(sysctl("net/ipv4/tcp_keepalive_probes"));
            socket.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, 30);
            assertThat(socket.getOption(ExtendedSocketOptions.TCP_KEEPIDLE)).isEqualTo(30);
            assertThat(socket.getKeepAlive()).isFalse();
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = LINUX)
    @DisplayName("options.html#buffers: Java reports the size asked for, and the kernel's floor halved for a tiny request")
    void bufferSizesAreReportedAsRequested() throws IOException {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(100_000);
            socket.setSendBufferSize(100_000);
            assertThat(socket.getReceiveBufferSize()).isEqualTo(100_000);
            assertThat(socket.getSendBufferSize()).isEqualTo(100_000);
            socket.setSendBufferSize(1_000);
            socket.setReceiveBufferSize(1_000);
            assertThat(socket.getSendBufferSize()).as("the send buffer's floor, 4,608, halved").isEqualTo(2_304);
            assertThat(socket.getReceiveBufferSize()).as("the receive buffer's floor, 2,304, halved").isEqualTo(1_152);
        }
    }

    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = LINUX)
    @DisplayName("options.html#buffers: a UDP socket's receive buffer is the kernel's default, halved")
    void udpReceiveBufferDefault() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(null)) {
            assertThat(socket.getReceiveBufferSize()).isEqualTo(sysctl("net/core/rmem_default") / 2);
        }
    }

    @Test
    @DisplayName("options.html#buffers: a ServerSocket has SO_RCVBUF only, and its accepted sockets inherit it")
    void acceptedSocketsInheritTheReceiveBuffer() throws IOException {
        try (ServerSocket server = new ServerSocket()) {
            assertThat(server.supportedOptions()).contains(StandardSocketOptions.SO_RCVBUF)
                    .doesNotContain(StandardSocketOptions.SO_SNDBUF);
            server.setReceiveBufferSize(100_000);
            server.bind(new InetSocketAddress(Loopback.ipv4(), 0));
            try (Socket client = new Socket(Loopback.ipv4(), server.getLocalPort()); Socket accepted = server.accept()) {
                assertThat(accepted.getReceiveBufferSize()).isEqualTo(100_000);
            }
        }
    }

    /** How the peer's next read ends after the other side closes with {@code lingerSeconds} (-1: option off). */
    private static String peerReadAfterClose(int lingerSeconds) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, Loopback.ipv4());
             Socket client = new Socket(Loopback.ipv4(), server.getLocalPort());
             Socket accepted = server.accept()) {
            client.setSoTimeout(5_000);
            if (lingerSeconds >= 0) {
                accepted.setSoLinger(true, lingerSeconds);
            }
            accepted.close();
            try {
                return client.getInputStream().read() == -1 ? "end of stream" : "a byte";
            } catch (SocketException e) {
                return "SocketException";
            }
        }
    }

    /** Leaves a connection in TIME_WAIT on a server's port, then tries to listen there again. */
    private static boolean rebindsOverTimeWait(boolean oldReuse, boolean newReuse) throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(oldReuse);
            server.bind(new InetSocketAddress(Loopback.ipv4(), 0));
            port = server.getLocalPort();
            try (Socket client = new Socket(Loopback.ipv4(), port)) {
                client.setSoTimeout(5_000);
                server.accept().close(); // the server side closes first: its end goes to TIME_WAIT
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
        }
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(newReuse);
            try {
                again.bind(new InetSocketAddress(Loopback.ipv4(), port));
                return true;
            } catch (BindException e) {
                return false;
            }
        }
    }

    private static int sysctl(String name) throws IOException {
        // Files.readString trusts the file's size, which /proc reports as 0: read the lines instead.
        return Integer.parseInt(Files.readAllLines(Path.of("/proc/sys", name)).get(0).trim());
    }
}
