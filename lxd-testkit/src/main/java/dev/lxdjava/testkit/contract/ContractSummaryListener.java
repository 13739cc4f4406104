package dev.lxdjava.testkit.contract;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, when a test run includes tests of the contract suite (the {@link LxdContract} classes in
 * this package), how many contract tests run against every target and which are excluded on the
 * fake ({@link NotOnFake}), and writes the same text to {@code target/lxd-contract-summary.txt} for
 * {@code scripts/test-summary.sh}. Registered with JUnit's launcher through {@code
 * META-INF/services}.
 *
 * <p>A build that runs the suite in several JVMs (such as a separate small-heap execution) sets the
 * system property {@value #MERGE_PROPERTY} to {@code true} in the later ones: they add the tests
 * the earlier ones recorded in {@code target/lxd-contract-tests.txt}, so the summary counts the
 * whole suite.
 */
public final class ContractSummaryListener implements TestExecutionListener {
  /** Path of the summary file, relative to the working directory of the test run. */
  public static final Path SUMMARY_FILE = Path.of("target", "lxd-contract-summary.txt");

  /** Path of the list of tests run, one {@code name<TAB>exclusion reason} per line. */
  static final Path TESTS_FILE = Path.of("target", "lxd-contract-tests.txt");

  /** System property that makes this run add the tests recorded by an earlier one. */
  public static final String MERGE_PROPERTY = "lxd.contract.summary.merge";

  private final Map<String, String> tests = new TreeMap<>();
  private final Map<String, String> excluded = new TreeMap<>();

  @Override
  public void testPlanExecutionStarted(TestPlan plan) {
    tests.clear();
    excluded.clear();
  }

  // Contract tests run inside class templates, so they join the plan only while it executes.
  @Override
  public void executionStarted(TestIdentifier test) {
    test.getSource().ifPresent(this::collect);
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    test.getSource().ifPresent(this::collect);
  }

  private void collect(TestSource source) {
    if (!(source instanceof MethodSource methodSource)) {
      return;
    }
    Class<?> type;
    try {
      type = methodSource.getJavaClass();
    } catch (RuntimeException notLoadable) {
      return;
    }
    boolean inSuite = type.getPackageName().equals(LxdContract.class.getPackageName());
    if (!inSuite || !type.isAnnotationPresent(LxdContract.class)) {
      return;
    }
    String name = type.getSimpleName() + "." + methodSource.getMethodName();
    tests.put(name, name);
    NotOnFake exclusion = exclusion(type, methodSource);
    if (exclusion != null) {
      excluded.put(name, exclusion.value());
    }
  }

  private static NotOnFake exclusion(Class<?> type, MethodSource source) {
    try {
      Method method = source.getJavaMethod();
      NotOnFake onMethod = method.getAnnotation(NotOnFake.class);
      return onMethod != null ? onMethod : type.getAnnotation(NotOnFake.class);
    } catch (RuntimeException notLoadable) {
      return type.getAnnotation(NotOnFake.class);
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (tests.isEmpty()) {
      return;
    }
    try {
      if (Boolean.getBoolean(MERGE_PROPERTY) && Files.exists(TESTS_FILE)) {
        readEarlierTests();
      }
    } catch (IOException e) {
      System.err.println("cannot read " + TESTS_FILE + ": " + e.getMessage());
    }
    String summary = summary();
    System.out.print(summary);
    try {
      if (Files.isDirectory(SUMMARY_FILE.getParent())) {
        Files.writeString(SUMMARY_FILE, summary, StandardCharsets.UTF_8);
        Files.write(TESTS_FILE, testLines(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      System.err.println("cannot write " + SUMMARY_FILE + ": " + e.getMessage());
    }
  }

  private void readEarlierTests() throws IOException {
    for (String line : Files.readAllLines(TESTS_FILE, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        continue;
      }
      String name = line.substring(0, tab);
      String reason = line.substring(tab + 1);
      tests.put(name, name);
      if (!reason.isEmpty()) {
        excluded.put(name, reason);
      }
    }
  }

  private List<String> testLines() {
    List<String> lines = new ArrayList<>();
    tests.keySet().forEach(name -> lines.add(name + "\t" + excluded.getOrDefault(name, "")));
    return lines;
  }

  /** Formats the summary: the counts first, then one line per exclusion with its reason. */
  String summary() {
    StringBuilder text = new StringBuilder();
    text.append("Contract tests: ")
        .append(tests.size() - excluded.size())
        .append(" shared by real LXD and the fake, ")
        .append(excluded.size())
        .append(" excluded on the fake, ")
        .append(tests.size())
        .append(" in total\n");
    excluded.forEach(
        (name, reason) ->
            text.append("  not on fake: ").append(name).append(" (").append(reason).append(")\n"));
    return text.toString();
  }
}
