package org.leverage.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.analysis.sensitivity.Experiment;
import org.leverage.analysis.sensitivity.SamplingMethod;
import org.leverage.cli.Leverage;
import org.leverage.io.ScenarioReader;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;
import org.leverage.solve.IterationLimitException;

/**
 * The Spark job on a {@code local[2]} master against the local runner: the same bytes for a Monte
 * Carlo run and a two-way grid, a failed task retried to the same bytes, a draw that reaches a
 * solver limit recorded and counted. The grid is coarse (11 x 6 states, 8 periods) so that a few
 * hundred solves take seconds.
 */
class SweepJobTest {

  private static final String SCENARIO = "games/chip-export-controls.yaml";

  /** The coarse grid, and an initial state on it. */
  private static final List<String> COARSE =
      List.of(
          "--set", "self_sufficiency0=0.1",
          "--set", "grid_s=11",
          "--set", "chokepoint0=0.8",
          "--set", "grid_e=6",
          "--set", "horizon_periods=8");

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    // Two cores; a failed task is tried twice (local[N,F]); no UI, no shuffle fan-out.
    spark =
        SparkSession.builder()
            .master("local[2,2]")
            .appName("leverage-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.warehouse.dir", "target/spark-warehouse")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private record Run(int exitCode, String out, String err) {}

  private static List<String> args(String... more) {
    List<String> a = new ArrayList<>(List.of("sensitivity", SCENARIO));
    a.addAll(COARSE);
    a.addAll(Arrays.asList(more));
    return a;
  }

  private static Run local(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = Leverage.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  private static Run job(List<String> args, Path dir, PointSolver solver) {
    List<String> a = new ArrayList<>(args);
    a.add("--out");
    a.add(dir.toString());
    return job(a, () -> spark, solver);
  }

  private static Run job(List<String> args, Supplier<SparkSession> session, PointSolver solver) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        SweepJob.run(session, args, solver, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Dataset<Row> solves(Path dir) {
    return spark.read().parquet(dir.resolve("solves").toString());
  }

  @Test
  void monteCarloGivesTheLocalRunnersBytes(@TempDir Path dir) throws Exception {
    List<String> args = args("--montecarlo", "200", "--lhs", "--seed", "11");
    Run local = local(args);
    Run job = job(args, dir, PointSolver.SWEEP);
    assertEquals(0, local.exitCode(), local.err());
    assertEquals(0, job.exitCode(), job.err());
    assertTrue(
        local.out().contains(": 200 draws (latin-hypercube sampling, seed 11)"), local.out());
    assertEquals(local.out(), job.out());
    assertEquals(local.out(), read(dir.resolve("summary.txt")));
    Dataset<Row> rows = solves(dir);
    assertEquals(200, rows.count());
    assertEquals(200, rows.filter("status = 'solved' AND batch = 1").count());
    assertEquals(200, rows.select("index").distinct().count());
    // Row 0 holds draw 0: its advantage is SD's US payoff minus FD's, as in the chunk files.
    Row first = rows.filter("index = 0").first();
    assertEquals(
        (double) first.getAs("us_strategic_dependency")
            - (double) first.getAs("us_full_decoupling"),
        (double) first.getAs("advantage"));
  }

  @Test
  void twoWayGridGivesTheLocalRunnersBytesAndReport(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("local");
    Path out = dir.resolve("spark");
    List<String> args =
        args("--twoway", "erosion,indigenize_effect", "--points", "6", "--format", "json");
    List<String> withReport = new ArrayList<>(args);
    withReport.addAll(List.of("--report", report.toString()));
    Run local = local(withReport);
    Run job = job(args, out, PointSolver.SWEEP);
    assertEquals(0, local.exitCode(), local.err());
    assertEquals(0, job.exitCode(), job.err());
    assertEquals(local.out(), job.out());
    assertEquals(local.out(), read(out.resolve("summary.json")));
    for (String file :
        List.of(
            "results.json", "twoway-erosion-indigenize_effect.csv", "report.md", "report.html")) {
      assertEquals(read(report.resolve(file)), read(out.resolve(file)), file);
    }
    // The base (batch 1, one point) and the 36 cells (batch 2), each recorded.
    Dataset<Row> rows = solves(out);
    assertEquals(1, rows.filter("batch = 1").count());
    assertEquals(36, rows.filter("batch = 2 AND status = 'solved'").count());
  }

  @Test
  void aFailedTaskIsRetriedToTheSameBytes(@TempDir Path dir) {
    List<String> args = args("--montecarlo", "40", "--seed", "3");
    PointSolver firstAttemptFails =
        (base, point) -> {
          TaskContext task = TaskContext.get();
          if (task.partitionId() == 0 && task.attemptNumber() == 0) {
            throw new IllegalStateException("injected failure of the first attempt");
          }
          return PointSolver.SWEEP.solve(base, point);
        };
    Run job = job(args, dir, firstAttemptFails);
    assertEquals(0, job.exitCode(), job.err());
    assertEquals(local(args).out(), job.out());
  }

  @Test
  void aTaskThatKeepsFailingEndsTheJobWithoutAStackTrace(@TempDir Path dir) {
    PointSolver alwaysFails =
        (base, point) -> {
          throw new IllegalStateException("injected failure of every attempt");
        };
    Run job = job(args("--montecarlo", "4"), dir, alwaysFails);
    assertEquals(1, job.exitCode(), job.err());
    assertTrue(job.err().contains("spark.task.maxFailures"), job.err());
    assertFalse(job.err().contains("Exception"), job.err());
  }

  @Test
  void aDrawAtASolverLimitIsRecordedAndCounted(@TempDir Path dir) throws Exception {
    List<String> args = args("--montecarlo", "40", "--seed", "5");
    Scenario s = ScenarioReader.read(Path.of(SCENARIO)).scenario();
    for (int i = 0; i < COARSE.size(); i += 2) {
      String[] kv = COARSE.get(i + 1).split("=");
      s = s.with(ParameterKey.byKey(kv[0]).orElseThrow(), Double.parseDouble(kv[1]));
    }
    EnumMap<ParameterKey, Double> draw17 = new EnumMap<>(ParameterKey.class);
    draw17.putAll(Experiment.monteCarlo(s, SamplingMethod.PLAIN, 40, 5).point(17));
    PointSolver failsOnDraw17 =
        (base, point) -> {
          if (point.equals(draw17)) {
            throw new IterationLimitException(
                "injected limit", "raise the limit (a test's deliberate failure)");
          }
          return PointSolver.SWEEP.solve(base, point);
        };
    Run job = job(args, dir, failsOnDraw17);
    assertEquals(4, job.exitCode(), job.err());
    assertTrue(
        job.err().contains("1 of the 40 points of batch 1 reached a solver limit (point 17 {"),
        job.err());
    assertTrue(job.err().contains("injected limit"), job.err());
    assertFalse(Files.exists(dir.resolve("summary.txt")));
    Dataset<Row> rows = solves(dir);
    assertEquals(40, rows.count());
    List<Row> failed = rows.filter("status = 'solver-limit'").collectAsList();
    assertEquals(1, failed.size());
    assertEquals(17, (int) failed.get(0).getAs("index"));
    assertTrue(((String) failed.get(0).getAs("message")).startsWith("injected limit"));
    assertEquals(39, rows.filter("status = 'solved' AND advantage IS NOT NULL").count());
  }

  @Test
  void optionsSparkTakesOverAreUsageErrorsBeforeSparkStarts(@TempDir Path dir) {
    Supplier<SparkSession> never =
        () -> {
          throw new AssertionError("Spark must not start for a usage error");
        };
    for (List<String> args :
        List.of(
            args("--montecarlo", "10", "--threads", "2", "--out", dir.toString()),
            args("--montecarlo", "10", "--chunk", "1/2", "--out", dir.toString()),
            args("--montecarlo", "10"),
            List.of("compare", SCENARIO, "--out", dir.toString()),
            args("--montecarlo", "1", "--out", dir.toString()))) {
      Run job = job(args, never, PointSolver.SWEEP);
      assertEquals(2, job.exitCode(), job.err());
      assertTrue(job.err().startsWith("leverage: "), job.err());
    }
    assertThrows(AssertionError.class, never::get);
  }

  @Test
  void aFolderWithSolvesIsNotOverwritten(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("solves"));
    Run job = job(args("--montecarlo", "4"), dir, PointSolver.SWEEP);
    assertEquals(2, job.exitCode(), job.err());
    assertTrue(job.err().contains("already holds solves"), job.err());
  }

  @Test
  void theJobEvaluatesWhatTheLocalRunnerEvaluates() {
    Scenario s = BaseScenario.of(scenario()).scenario();
    assertEquals(scenario().parameters().asMap(), s.parameters().asMap());
  }

  private static Scenario scenario() {
    try {
      return ScenarioReader.read(Path.of(SCENARIO)).scenario();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unused")
  private static Map<ParameterKey, Double> none() {
    return Map.of();
  }
}
