package org.socketslab.kit.integrity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socketslab.kit.grading.Status;
import org.socketslab.kit.grading.TestOutcome;

/**
 * Proves a chapter's graded tests fair, whatever a learner has typed into the starters: every
 * graded test passes against the reference solution, and every classic mistake fails at least
 * one graded test of its exercise ("not started" does not count as caught).
 */
public final class IntegrityCheck {
    private final ChapterLayout layout;
    private final SourceCompiler compiler = new SourceCompiler();
    private final GradedRun run;
    private final Path solutionClasses;
    private Map<String, List<String>> graded;

    public IntegrityCheck(ChapterLayout layout) {
        this.layout = layout;
        this.run = new GradedRun(layout.testClasses());
        this.solutionClasses = layout.output().resolve("classes/solution");
    }

    /** Compiles the reference solution and finds the graded test classes. */
    public void prepare() throws IOException {
        List<Path> classpath = new ArrayList<>();
        classpath.add(layout.mainClasses());
        classpath.addAll(layout.classpath());
        compiler.compile(layout.solutionSources(), classpath, solutionClasses);
        attach();
    }

    /** Finds the graded test classes of a reference solution that {@link #prepare()} compiled already. */
    public void attach() throws IOException {
        graded = run.gradedClasses(referenceRoots());
    }

    /** Exercise ids that have graded tests, in order. */
    public List<String> exercises() {
        return List.copyOf(graded.keySet());
    }

    public List<Mistake> mistakes() throws IOException {
        return Mistake.under(layout.mistakeSources());
    }

    /** Starters under {@code exercise/} packages that have no reference solution at the mirrored path. */
    public List<String> startersWithoutSolution() throws IOException {
        return layout.starters().stream()
                .map(p -> layout.starterSources().relativize(p))
                .filter(rel -> !Files.exists(layout.solutionSources().resolve(rel)))
                .map(Path::toString).collect(Collectors.toList());
    }

    /**
     * The contract items of an exercise: those of the starters its graded test classes are named
     * after ({@code FooTest} grades {@code Foo.java} in the same package).
     *
     * @throws IOException if no graded test class of the exercise is named after a starter
     */
    public List<ContractItem> contract(String exerciseId) throws IOException {
        List<ContractItem> items = new ArrayList<>();
        boolean found = false;
        for (String testClass : graded.get(exerciseId)) {
            Path file = layout.starterSources().resolve(testClass.replaceFirst("Test$", "").replace('.', '/') + ".java");
            if (Files.isRegularFile(file)) {
                found = true;
                items.addAll(ContractItem.of(file));
            }
        }
        if (!found) {
            throw new IOException(exerciseId + ": none of its graded test classes " + graded.get(exerciseId)
                    + " is named after a starter in src/main/java (FooTest grades Foo.java), where its contract would be");
        }
        return items;
    }

    /** Runs one exercise's graded tests against the reference solution. */
    public List<TestOutcome> checkReference(String exerciseId) throws IOException {
        return run.run(referenceRoots(), graded.get(exerciseId), false);
    }

    /** Compiles one mistake over the reference solution and runs its exercise's graded tests against it. */
    public List<TestOutcome> checkMistake(Mistake mistake) throws IOException {
        List<String> tests = graded.get(mistake.exerciseId());
        if (tests == null) {
            throw new IOException("mistake " + mistake + " names exercise " + mistake.exerciseId()
                    + ", which has no graded tests (known: " + graded.keySet() + ")");
        }
        Path classes = layout.output().resolve("classes/mistakes/" + mistake.exerciseId() + "/" + mistake.name());
        List<Path> classpath = new ArrayList<>();
        classpath.add(solutionClasses);
        classpath.add(layout.mainClasses());
        classpath.addAll(layout.classpath());
        compiler.compile(mistake.sources(), classpath, classes);
        return run.run(List.of(classes, solutionClasses, layout.testClasses(), layout.mainClasses()), tests, true);
    }

    /**
     * Runs every graded test against untouched copies of the starters (see {@link StarterStubs});
     * each must report "not started".
     */
    public List<TestOutcome> checkUntouchedStarters() throws IOException {
        Path sources = layout.output().resolve("stubs/src");
        Path classes = layout.output().resolve("classes/stubs");
        if (StarterStubs.write(layout.starterSources(), layout.starters(), sources).isEmpty()) {
            return List.of();
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(layout.mainClasses());
        classpath.addAll(layout.classpath());
        compiler.compile(sources, classpath, classes);
        List<String> all = graded.values().stream().flatMap(List::stream).collect(Collectors.toList());
        return run.run(List.of(classes, layout.testClasses(), layout.mainClasses()), all, false);
    }

    /** The first failure a mistake produces: what the learner who made it would read. */
    public static Optional<TestOutcome> caughtBy(List<TestOutcome> outcomes) {
        return outcomes.stream().filter(o -> o.status() == Status.FAILED).findFirst();
    }

    private List<Path> referenceRoots() {
        return List.of(solutionClasses, layout.testClasses(), layout.mainClasses());
    }
}
