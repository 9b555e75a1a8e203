package org.socketslab.nonblocking.exercise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A test's member of the chat room: it says lines as "name: text" and reads the others' lines. */
final class ChatClient implements AutoCloseable {
    static final int READ_TIMEOUT_MILLIS = 2_000;

    final String name;
    final Socket socket;
    private final BufferedReader in;

    private ChatClient(String name, Socket socket) throws IOException {
        this.name = name;
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Connects {@code name} to the room at {@code address} and has it say "joined"; returns once
     * every one of {@code members} has read that line, so the new client is surely in the room
     * (the first client, with no members to tell, says nothing).
     */
    static ChatClient join(String name, InetSocketAddress address, List<ChatClient> members) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(address, 2_000);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            ChatClient client = new ChatClient(name, socket);
            if (members.isEmpty()) {
                // The first one says nothing: its line could reach the room after the next one is in, and
                // it is in the room before any later client's line is read (the room accepts in order).
                return client;
            }
            client.say("joined");
            for (ChatClient member : members) {
                String line = member.nextLine("\"" + name + ": joined\" did not reach " + member.name);
                if (!line.equals(name + ": joined")) {
                    throw new AssertionError(member.name + " expected \"" + name + ": joined\", but got \"" + line + "\"");
                }
            }
            return client;
        } catch (IOException | RuntimeException | Error e) {
            socket.close();
            throw e;
        }
    }

    void say(String text) throws IOException {
        socket.getOutputStream().write((name + ": " + text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The next line this client gets; fails with {@code whenSilent} if none comes within 3 s. */
    String nextLine(String whenSilent) throws IOException {
        String line;
        try {
            line = in.readLine();
        } catch (SocketTimeoutException e) {
            throw new AssertionError(whenSilent + " (" + name + " got nothing for " + READ_TIMEOUT_MILLIS + " ms)");
        }
        if (line == null) {
            throw new AssertionError("the room closed " + name + "'s connection, though " + name + " did nothing wrong");
        }
        if (line.startsWith(name + ": ")) {
            throw new AssertionError(name + " got its own line back (\"" + line + "\"): a line goes to every other"
                    + " client, not to its sender");
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
