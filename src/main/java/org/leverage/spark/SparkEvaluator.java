package org.leverage.spark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.leverage.analysis.sensitivity.Evaluation;
import org.leverage.analysis.sensitivity.Evaluator;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;
import org.leverage.solve.SolverLimitException;

/**
 * Evaluates the points of a sweep on a Spark cluster: each call is one batch, whose points are cut
 * into contiguous slices, {@value #SLICES_PER_CORE} per core of the cluster ({@code
 * spark.default.parallelism}), so that slow points even out; each slice is a task that evaluates
 * its points one by one with the local runner's code ({@link PointSolver#SWEEP}). A task that fails
 * is run again by Spark (up to {@code spark.task.maxFailures} times); evaluations are pure, so a
 * retried task gives the same results. A point whose solve reaches a solver limit is recorded as
 * such, not retried. Every point's result is written as Parquet to {@code solves/batch=B} (B
 * counting the batches from 1, so that {@code spark.read.parquet(solves)} reads them all with a
 * {@code batch} column); then the evaluations come back to the driver in the points' order.
 *
 * <p>Not thread-safe: one sweep at a time, as the command runs its analyses one after another.
 */
final class SparkEvaluator implements Evaluator {

  /** Slices per core: more slices balance uneven solve times, fewer cost less scheduling. */
  static final int SLICES_PER_CORE = 4;

  /** How many unsolved points an error message names. */
  private static final int NAMED = 3;

  private final Supplier<SparkSession> spark;
  private final String solves;
  private final PointSolver solver;
  private int batches;

  /**
   * @param spark the session, started on first use (so that a usage error starts no cluster job)
   * @param solves the folder (a Spark path: local, {@code hdfs://}, ...) of the Parquet files
   * @param solver how an executor evaluates a point
   */
  SparkEvaluator(Supplier<SparkSession> spark, String solves, PointSolver solver) {
    this.spark = spark;
    this.solves = solves;
    this.solver = solver;
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code done} is told once, when the whole batch is back.
   *
   * @throws UnsolvedPointsException when some points reached a solver limit, after every point is
   *     recorded
   * @throws IllegalStateException when a task failed as often as Spark allows
   */
  @Override
  public List<Evaluation> evaluate(
      Scenario base, List<Map<ParameterKey, Double>> points, IntConsumer done) {
    int batch = ++batches;
    String folder = solves + "/batch=" + batch;
    List<Solve> results = run(base, points, folder);
    List<Evaluation> out = new ArrayList<>(results.size());
    List<Solve> unsolved = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      Solve s = results.get(i);
      if (s.index() != i) {
        throw new IllegalStateException("point " + i + " came back as point " + s.index());
      }
      if (s.isSolved()) {
        out.add(s.evaluation());
      } else {
        unsolved.add(s);
      }
    }
    done.accept(points.size());
    if (!unsolved.isEmpty()) {
      throw unsolved(unsolved, points.size(), batch, folder);
    }
    return out;
  }

  private List<Solve> run(Scenario base, List<Map<ParameterKey, Double>> points, String folder) {
    List<IndexedPoint> indexed = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      EnumMap<ParameterKey, Double> p = new EnumMap<>(ParameterKey.class);
      p.putAll(points.get(i));
      indexed.add(new IndexedPoint(i, p));
    }
    SparkSession session = spark.get();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(session.sparkContext());
    int slices =
        Math.max(1, Math.min(points.size(), SLICES_PER_CORE * context.defaultParallelism()));
    BaseScenario shipped = BaseScenario.of(base);
    PointSolver pointSolver = solver;
    JavaRDD<Solve> solved =
        context
            .parallelize(indexed, slices)
            .mapPartitions(slice -> solveAll(shipped, pointSolver, slice))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      session.createDataFrame(solved.map(Solve::row), Solve.SCHEMA).write().parquet(folder);
      return solved.collect();
    } catch (Exception e) {
      // Spark's Scala code throws the checked SparkException without declaring it.
      if (e instanceof SparkException || e.getCause() instanceof SparkException) {
        throw failed();
      }
      throw e;
    } finally {
      solved.unpersist(false);
    }
  }

  /** One slice of a batch, on an executor. */
  private static Iterator<Solve> solveAll(
      BaseScenario shipped, PointSolver solver, Iterator<IndexedPoint> slice) {
    Scenario base = shipped.scenario();
    List<Solve> out = new ArrayList<>();
    while (slice.hasNext()) {
      IndexedPoint p = slice.next();
      try {
        out.add(Solve.solved(p.index(), p.point(), solver.solve(base, p.point())));
      } catch (SolverLimitException limit) {
        out.add(Solve.unsolved(p.index(), p.point(), limit.getMessage()));
      }
    }
    return out.iterator();
  }

  private static IllegalStateException failed() {
    return new IllegalStateException(
        "a Spark task failed as often as spark.task.maxFailures allows; the executor logs say"
            + " why");
  }

  private static UnsolvedPointsException unsolved(
      List<Solve> unsolved, int total, int batch, String folder) {
    StringBuilder named = new StringBuilder();
    for (Solve s : unsolved.subList(0, Math.min(NAMED, unsolved.size()))) {
      named.append(named.length() == 0 ? "" : "; ");
      named.append(String.format(Locale.ROOT, "point %d %s: %s", s.index(), s.point(), s.limit()));
    }
    if (unsolved.size() > NAMED) {
      named.append("; ...");
    }
    return new UnsolvedPointsException(
        String.format(
            Locale.ROOT,
            "%d of the %d points of batch %d reached a solver limit (%s)",
            unsolved.size(),
            total,
            batch,
            named),
        "every point is recorded in "
            + folder
            + " (status "
            + Solve.SOLVER_LIMIT
            + " and the message for these); no summary was written, since it needs every point");
  }

  /** A point and its position in the batch, as shipped to the executors. */
  record IndexedPoint(int index, EnumMap<ParameterKey, Double> point)
      implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }
}
