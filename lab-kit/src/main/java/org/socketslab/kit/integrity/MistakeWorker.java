package org.socketslab.kit.integrity;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The integrity check's second JVM: it reads the names of classic mistakes on its standard input,
 * one per line, runs each as the check would in its own JVM, and answers with one
 * {@link OutcomeLines} line per mistake. It ends at the end of its input. Started by
 * {@link SharedMistakes}, which hands it mistakes from the end of the list while the check works
 * through them from the start: most of a mistake's time is spent waiting on sockets and
 * timeouts, which two JVMs overlap.
 */
public final class MistakeWorker {
    private MistakeWorker() {
    }

    public static void main(String[] args) throws IOException {
        // The answers go to the real standard output, whatever a test does with System.out.
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        IntegrityCheck check = new IntegrityCheck(ChapterLayout.fromSystemProperties());
        check.attach();
        Map<String, Mistake> mistakes = check.mistakes().stream()
                .collect(Collectors.toMap(Mistake::toString, Function.identity()));
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String name = requests.readLine(); name != null; name = requests.readLine()) {
            Mistake mistake = mistakes.get(name);
            try {
                if (mistake == null) {
                    throw new IOException("no classic mistake " + name + " in this chapter");
                }
                answers.println(OutcomeLines.result(name, check.checkMistake(mistake)));
            } catch (IOException | RuntimeException e) {
                answers.println(OutcomeLines.error(name, e));
            }
        }
    }
}
