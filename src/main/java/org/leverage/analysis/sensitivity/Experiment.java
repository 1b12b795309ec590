package org.leverage.analysis.sensitivity;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.leverage.game.dynamic.UnitGrid;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Parameters;
import org.leverage.model.Scenario;

/**
 * A sampling run over a scenario's uncertain parameters (those with a {@link
 * org.leverage.model.Distribution}; the others keep their value): Monte Carlo draws or a Sobol
 * design, each point a unit-hypercube point of {@link Sampling} or {@link SaltelliDesign} mapped
 * through every uncertain parameter's quantile function. Point {@code i} depends only on the {@link
 * Run} and {@code i}, so a run can be cut into {@link Chunk}s evaluated anywhere, in any order,
 * with any number of threads, and merged into exactly the evaluations of one pass. Immutable and
 * thread-safe.
 *
 * <p>The initial state must lie on the grid ({@code src/site/markdown/model.md}, "Solution"), so a
 * draw of {@code self_sufficiency0} or {@code chokepoint0} is moved to the nearest point of its
 * grid ({@code grid_s} or {@code grid_e} points; halfway rounds up): those two are sampled from
 * their distributions discretised to the grid.
 */
public final class Experiment {

  /** The initial-state parameters and the grid sizes they must lie on. */
  private static final Map<ParameterKey, ParameterKey> GRID_OF =
      Map.of(
          ParameterKey.SELF_SUFFICIENCY0, ParameterKey.GRID_S,
          ParameterKey.CHOKEPOINT0, ParameterKey.GRID_E);

  private final Scenario scenario;
  private final Run run;
  private final List<ParameterSpec> uncertain;
  private final IntFunction<double[]> unitPoint;
  private final UnitGrid[] grids;

  private Experiment(
      Scenario scenario, Run run, List<ParameterSpec> uncertain, IntFunction<double[]> unitPoint) {
    this.scenario = scenario;
    this.run = run;
    this.uncertain = uncertain;
    this.unitPoint = unitPoint;
    this.grids = new UnitGrid[uncertain.size()];
    for (int j = 0; j < grids.length; j++) {
      ParameterKey key = uncertain.get(j).key();
      if (GRID_OF.containsKey(key)) {
        grids[j] = new UnitGrid(scenario.parameters().integer(GRID_OF.get(key)));
      }
    }
  }

  /**
   * {@code n} draws of {@code scenario}'s uncertain parameters.
   *
   * @throws IllegalArgumentException when no parameter has a distribution or {@code n < 2}
   */
  public static Experiment monteCarlo(Scenario scenario, SamplingMethod method, int n, long seed) {
    List<ParameterSpec> uncertain = uncertain(scenario);
    Run run = run(Run.Kind.MONTE_CARLO, scenario, uncertain, method, n, seed);
    Sampling sampling = new Sampling(method, n, uncertain.size(), seed);
    return new Experiment(scenario, run, uncertain, sampling::point);
  }

  /**
   * The {@code n (k + 2)} points of a {@link SaltelliDesign} over {@code scenario}'s {@code k}
   * uncertain parameters.
   *
   * @throws IllegalArgumentException when no parameter has a distribution, {@code n < 2}, or the
   *     design has more than {@link Integer#MAX_VALUE} points
   */
  public static Experiment sobol(Scenario scenario, SamplingMethod method, int n, long seed) {
    List<ParameterSpec> uncertain = uncertain(scenario);
    Run run = run(Run.Kind.SOBOL, scenario, uncertain, method, n, seed);
    SaltelliDesign design = new SaltelliDesign(method, n, uncertain.size(), seed);
    return new Experiment(scenario, run, uncertain, design::point);
  }

  private static Run run(
      Run.Kind kind,
      Scenario scenario,
      List<ParameterSpec> uncertain,
      SamplingMethod method,
      int n,
      long seed) {
    if (uncertain.isEmpty()) {
      throw new IllegalArgumentException(
          "scenario "
              + scenario.name()
              + " gives no parameter a distribution; sampling needs at least one");
    }
    List<ParameterKey> keys = uncertain.stream().map(ParameterSpec::key).toList();
    return new Run(kind, method, seed, n, scenario.name(), fingerprint(scenario), keys);
  }

  private static List<ParameterSpec> uncertain(Scenario scenario) {
    return scenario.specs().stream().filter(s -> s.distribution().isPresent()).toList();
  }

  /**
   * The first 16 hex digits of the SHA-256 of the scenario's model and every parameter's value,
   * range and distribution, as this version of leverage prints them.
   */
  static String fingerprint(Scenario scenario) {
    StringBuilder text = new StringBuilder(scenario.model());
    for (ParameterSpec s : scenario.specs()) {
      text.append('\n')
          .append(s.key().key())
          .append(' ')
          .append(s.value())
          .append(' ')
          .append(s.low())
          .append(' ')
          .append(s.high())
          .append(' ')
          .append(s.distribution().map(Object::toString).orElse("-"));
    }
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  public Run run() {
    return run;
  }

  public Scenario scenario() {
    return scenario;
  }

  /**
   * The uncertain parameters' values at point {@code index} in {@code [0, run().size())}, the
   * initial state's on the grid.
   */
  public Map<ParameterKey, Double> point(int index) {
    double[] u = unitPoint.apply(index);
    Map<ParameterKey, Double> p = new EnumMap<>(ParameterKey.class);
    for (int j = 0; j < u.length; j++) {
      ParameterSpec s = uncertain.get(j);
      double x = s.distribution().orElseThrow().quantile(u[j]);
      if (grids[j] != null && x >= 0 && x <= 1) {
        x = grids[j].point((int) Math.round(x * (grids[j].size() - 1)));
      }
      p.put(s.key(), x);
    }
    return p;
  }

  /**
   * Evaluates the points of {@code chunk} (all four regimes each, through a {@link Sweep} of the
   * scenario). Every point is checked against the model's rules before the first evaluation; the
   * points are then recomputed as the workers need them, so that only the evaluations are kept.
   *
   * @param threads worker threads, at least 1; the result does not depend on it
   * @param done called with the number of points finished so far, from worker threads
   * @throws IllegalArgumentException when a point breaks a parameter's hard domain (a distribution
   *     built in code whose support leaves it; scenario files refuse those), naming the point and
   *     the rule
   */
  public EvaluationChunk evaluate(Chunk chunk, int threads, IntConsumer done) {
    return evaluate(chunk, Evaluator.threads(threads), done);
  }

  /**
   * Evaluates the points of {@code chunk} as {@link #evaluate(Chunk, int, IntConsumer)} does, each
   * by {@code evaluator} (e.g. on a cluster): the same evaluations, bit for bit.
   *
   * @param done called with the number of points finished so far, as {@code evaluator} reports it
   * @throws IllegalArgumentException when a point breaks a parameter's hard domain
   */
  public EvaluationChunk evaluate(Chunk chunk, Evaluator evaluator, IntConsumer done) {
    int from = chunk.from(run.size());
    int to = chunk.to(run.size());
    Map<ParameterKey, Double> values = scenario.parameters().asMap();
    for (int i = from; i < to; i++) {
      values.putAll(point(i));
      int index = i;
      Parameters.check(values)
          .ifPresent(
              problem -> {
                throw new IllegalArgumentException(
                    "point "
                        + index
                        + " of the "
                        + run.kind().token()
                        + " run: "
                        + problem.message());
              });
    }
    List<Map<ParameterKey, Double>> points =
        new AbstractList<>() {
          @Override
          public Map<ParameterKey, Double> get(int i) {
            return point(from + Objects.checkIndex(i, to - from));
          }

          @Override
          public int size() {
            return to - from;
          }
        };
    return new EvaluationChunk(run, chunk, evaluator.evaluate(scenario, points, done));
  }
}
