/**
 * Fault injection for socket tests: small, loopback-only stand-ins for the misbehaving networks
 * and peers that a learner's code meets outside the lab.
 *
 * <p>On loopback the network is too kind: every write arrives whole, in order, at once, and
 * every connect succeeds instantly. Code that assumes one {@code read()} is one message, or that
 * a connect never hangs, passes such tests and fails in the field. The components here make the
 * real network's behaviour happen on demand, reproducibly, so a test can catch those mistakes.
 *
 * <p>Every component follows the same conventions:
 * <ul>
 *   <li><b>Loopback only.</b> It listens on {@link java.net.InetAddress#getLoopbackAddress()}
 *       (or on the loopback address of the family a test asks for, {@link Loopback#ipv4()} or
 *       {@link Loopback#ipv6()}), on an ephemeral port, and refuses to forward to or listen on
 *       anything that is not a loopback address.
 *   <li><b>Seeded.</b> Whatever it decides at random comes from a {@link java.util.Random} derived
 *       from a seed the test sets, so a failing run can be replayed with the same seed.
 *   <li><b>Built, then started.</b> A builder collects the settings; {@code start()} binds (or, for
 *       a client such as {@link NeverReadingPeer}, connects) in the
 *       caller's thread, so {@code address()} is valid as soon as it returns.
 *   <li><b>{@link java.lang.AutoCloseable}.</b> {@code close()} is idempotent and leaves no socket
 *       and no thread behind, so the course's leak check stays quiet.
 *   <li><b>Named daemon threads</b> whose names start with the component's name
 *       (for example {@code chunking-proxy-}), so a stray one is easy to spot in a thread dump;
 *       none at all where the kernel does the work ({@link HungConnectEndpoint}) or the caller's
 *       thread drives every connection ({@link ClientSwarm}).
 * </ul>
 */
package org.socketslab.kit.faults;
