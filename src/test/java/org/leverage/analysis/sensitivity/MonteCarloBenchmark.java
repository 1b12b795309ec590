package org.leverage.analysis.sensitivity;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.leverage.model.Distribution;
import org.leverage.model.ParameterKey;
import org.leverage.model.ParameterSpec;
import org.leverage.model.Scenario;

/**
 * Throwaway speed measurement (not a unit test): {@code java -cp ...
 * org.leverage.analysis.sensitivity.MonteCarloBenchmark [draws [threads [seed]]]}. A Latin
 * hypercube Monte Carlo of the baseline scenario on its full grid, every parameter with a plausible
 * range that is not a grid size or the initial state drawn uniformly from it; prints the wall time,
 * the process CPU time and the CPU time per evaluation (one evaluation solves all four regimes).
 */
public final class MonteCarloBenchmark {

  private MonteCarloBenchmark() {}

  public static void main(String[] args) {
    int draws = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    Scenario s = SmallScenario.baseline();
    for (ParameterSpec p : s.specs()) {
      boolean gridBound =
          p.key() == ParameterKey.SELF_SUFFICIENCY0 || p.key() == ParameterKey.CHOKEPOINT0;
      if (p.low() < p.high() && !p.key().domain().integer() && !gridBound) {
        s = SmallScenario.give(s, p.key(), new Distribution.Uniform(p.low(), p.high()));
      }
    }
    Experiment e = Experiment.monteCarlo(s, SamplingMethod.LATIN_HYPERCUBE, draws, seed);
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    AtomicInteger last = new AtomicInteger();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    EvaluationChunk all =
        e.evaluate(
            Chunk.WHOLE,
            threads,
            done -> {
              if (done % 100 == 0 && last.getAndSet(done) != done) {
                System.out.printf(
                    Locale.ROOT, "%d draws after %.1f s%n", done, (System.nanoTime() - t0) / 1e9);
              }
            });
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    MonteCarloSummary m = MonteCarlo.summarize(all);
    System.out.printf(
        Locale.ROOT,
        "%d draws of %d parameters, %d threads: wall %.1f s, CPU %.1f s, %.0f ms CPU per"
            + " evaluation%n",
        draws,
        e.run().parameters().size(),
        threads,
        wall,
        cpu,
        1000 * cpu / draws);
    System.out.printf(
        Locale.ROOT,
        "P(STRATEGIC_DEPENDENCY) = %.3f, P(FULL_DECOUPLING) = %.3f, median advantage %.1f%n",
        m.probabilityStrategicDependency(),
        m.probabilityFullDecoupling(),
        m.advantageQuantiles().get(2).value());
  }
}
