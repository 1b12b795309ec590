package org.leverage.solve.catalog;

import java.util.Arrays;

/**
 * Times {@link SolverCatalog#solve} on a problem in this JVM: warm-up runs, then timed runs. Any
 * method the catalog knows, on any kind of game, is timed the way {@code solve} runs it.
 */
public final class SolverTimer {

  private SolverTimer() {}

  /**
   * The method as named, the number of equilibria found (over every method {@code all} ran; one
   * policy for a dynamic game, the limit of {@code qre}, the optima of {@code correlated}, none for
   * {@code dominance}), median and fastest of the timed runs.
   */
  public record Timing(String method, int equilibria, double medianMillis, double minMillis) {}

  /**
   * @throws org.leverage.solve.UsageException as {@link SolverCatalog#solve}
   * @throws org.leverage.solve.SolverLimitException as {@link SolverCatalog#solve}
   */
  public static Timing time(
      Problem problem, String method, SolverCatalog.Settings settings, int warmup, int repeat) {
    // qre runs through its own entry point (its output is a branch, not a list of equilibria).
    boolean qre = SolverCatalog.isQre(method);
    for (int i = 0; i < warmup; i++) {
      run(problem, method, settings, qre);
    }
    int found = 0;
    double[] millis = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      found = run(problem, method, settings, qre);
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timing(method, found, millis[repeat / 2], millis[0]);
  }

  private static int run(
      Problem problem, String method, SolverCatalog.Settings settings, boolean qre) {
    if (qre) {
      SolverCatalog.solveQre(problem, method, settings);
      return 1;
    }
    return equilibria(SolverCatalog.solve(problem, method, settings));
  }

  private static int equilibria(Solution solution) {
    return solution.accept(
        new Solution.Visitor<Integer>() {
          @Override
          public Integer normalForm(Solution.NormalForm s) {
            int n = 0;
            for (Solution.NormalForm.Section section : s.sections()) {
              n += section.result().equilibria().size();
            }
            for (Solution.NormalForm.ApproximateSection section : s.approximate()) {
              n += section.result().equilibria().size();
            }
            return n;
          }

          @Override
          public Integer dominance(Solution.Dominance s) {
            return 0;
          }

          @Override
          public Integer tree(Solution.Tree s) {
            return s.results().stream().mapToInt(r -> r.equilibria().size()).sum();
          }

          @Override
          public Integer dynamic(DynamicResult s) {
            return 1;
          }

          @Override
          public Integer correlated(Solution.Correlated s) {
            return s.optima().map(o -> 1 + o.perPlayer().size()).orElse(0);
          }
        });
  }
}
