package org.socketslab.kit.integrity;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes untouched copies of the exercise starters, whatever a learner has typed into them: every
 * method body becomes {@code throw new UnsupportedOperationException("TODO …")}. Against these the
 * graded tests must all report "not started", so a fresh clone shows no failure the learner did
 * not cause (the other direction of the integrity check, as Rustlings checks its exercises).
 */
final class StarterStubs {
    static final String BODY = "{ throw new UnsupportedOperationException(\"TODO (untouched starter)\"); }";

    private StarterStubs() {
    }

    /** Copies each starter (a file under {@code sources}) to the same place under {@code output}, bodies replaced. */
    static List<Path> write(Path sources, List<Path> starters, Path output) throws IOException {
        SourceCompiler.deleteRecursively(output);
        List<Path> written = new ArrayList<>();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            for (Path starter : starters) {
                Path target = output.resolve(sources.relativize(starter));
                Files.createDirectories(target.getParent());
                Files.writeString(target, stub(javac, files, starter), StandardCharsets.UTF_8);
                written.add(target);
            }
        }
        return written;
    }

    private static String stub(JavaCompiler javac, StandardJavaFileManager files, Path starter) throws IOException {
        String source = Files.readString(starter, StandardCharsets.UTF_8);
        JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
                files.getJavaFileObjectsFromPaths(List.of(starter)));
        SourcePositions positions = Trees.instance(task).getSourcePositions();
        List<long[]> bodies = new ArrayList<>();
        for (CompilationUnitTree unit : task.parse()) {
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitMethod(MethodTree method, Void unused) {
                    BlockTree body = method.getBody();
                    boolean constructor = method.getName().contentEquals("<init>");
                    if (body != null && !constructor) {
                        bodies.add(new long[] {positions.getStartPosition(unit, body), positions.getEndPosition(unit, body)});
                    }
                    return null; // bodies of nested classes inside a method are replaced along with it
                }
            }.scan(unit, null);
        }
        StringBuilder stubbed = new StringBuilder(source);
        bodies.sort((a, b) -> Long.compare(b[0], a[0])); // from the end, so earlier offsets stay valid
        for (long[] body : bodies) {
            stubbed.replace((int) body[0], (int) body[1], BODY);
        }
        return stubbed.toString();
    }
}
