package org.socketslab.kit.integrity;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
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
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes untouched copies of the exercise starters, whatever a learner has typed into them: every
 * method and constructor body becomes {@code throw new UnsupportedOperationException("TODO …")}
 * (a constructor keeps its explicit {@code super(…)} or {@code this(…)} call, which Java requires
 * first). Constructors count: a learner's argument checks live there. Against these the
 * graded tests must all report "not started", so a fresh clone shows no failure the learner did
 * not cause (the other direction of the integrity check, as Rustlings checks its exercises).
 */
final class StarterStubs {
    static final String THROW = "throw new UnsupportedOperationException(\"TODO (untouched starter)\");";
    static final String BODY = "{ " + THROW + " }";

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
        List<Replacement> replacements = new ArrayList<>();
        for (CompilationUnitTree unit : task.parse()) {
            new TreeScanner<Void, Void>() {
                @Override
                public Void visitMethod(MethodTree method, Void unused) {
                    BlockTree body = method.getBody();
                    if (body != null) {
                        String kept = explicitConstructorCall(body)
                                .map(call -> source.substring((int) positions.getStartPosition(unit, call),
                                        (int) positions.getEndPosition(unit, call)) + " ")
                                .orElse("");
                        replacements.add(new Replacement(positions.getStartPosition(unit, body),
                                positions.getEndPosition(unit, body), "{ " + kept + THROW + " }"));
                    }
                    return null; // bodies of nested classes inside a method are replaced along with it
                }
            }.scan(unit, null);
        }
        StringBuilder stubbed = new StringBuilder(source);
        replacements.sort((a, b) -> Long.compare(b.start(), a.start())); // from the end, so earlier offsets stay valid
        for (Replacement r : replacements) {
            stubbed.replace((int) r.start(), (int) r.end(), r.text());
        }
        return stubbed.toString();
    }

    /** A constructor body's first statement when it is {@code super(…)} or {@code this(…)}. */
    private static Optional<StatementTree> explicitConstructorCall(BlockTree body) {
        if (body.getStatements().isEmpty()
                || !(body.getStatements().get(0) instanceof ExpressionStatementTree statement)
                || !(statement.getExpression() instanceof MethodInvocationTree call)
                || !(call.getMethodSelect() instanceof IdentifierTree name)) {
            return Optional.empty();
        }
        boolean explicit = name.getName().contentEquals("super") || name.getName().contentEquals("this");
        return explicit ? Optional.of(statement) : Optional.empty();
    }

    private record Replacement(long start, long end, String text) {
    }
}
