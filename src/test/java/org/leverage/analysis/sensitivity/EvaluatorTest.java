package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leverage.model.ParameterKey;
import org.leverage.model.Scenario;

/**
 * An {@link Evaluator} that runs elsewhere sees every point of a sweep, the base included, and the
 * results are those of the worker threads (the seam of the Spark job).
 */
class EvaluatorTest {

  private static final Scenario BASE =
      SmallScenarios.read("chip-export-controls").with(ParameterKey.HORIZON_PERIODS, 6);

  /** Evaluates on one thread and records each batch's size. */
  private static final class Recording implements Evaluator {
    final List<Integer> batches = new ArrayList<>();

    @Override
    public List<Evaluation> evaluate(
        Scenario base,
        List<Map<ParameterKey, Double>> points,
        java.util.function.IntConsumer done) {
      batches.add(points.size());
      return Evaluator.threads(1).evaluate(base, points, done);
    }
  }

  @Test
  void analysesElsewhereGiveTheThreadsResultsAndSendEveryPoint() {
    List<SensitivityAnalysis> analyses =
        List.of(
            new TwoWay.Request(
                Axis.of(BASE, ParameterKey.EROSION, 0.08, 0.35, 3),
                Axis.of(BASE, ParameterKey.INDIGENIZE_EFFECT, 0.01, 0.06, 2)));
    Recording elsewhere = new Recording();
    SensitivityResults remote = SensitivityResults.run(BASE, analyses, elsewhere, Progress.NONE);
    SensitivityResults local = SensitivityResults.run(BASE, analyses, 2, Progress.NONE);
    assertEquals(local, remote);
    assertEquals(List.of(1, 6), elsewhere.batches);
  }

  @Test
  void monteCarloElsewhereGivesTheSameEvaluations() {
    Experiment draws = Experiment.monteCarlo(BASE, SamplingMethod.LATIN_HYPERCUBE, 6, 3);
    Recording elsewhere = new Recording();
    assertEquals(
        draws.evaluate(Chunk.WHOLE, 2, k -> {}), draws.evaluate(Chunk.WHOLE, elsewhere, k -> {}));
    assertEquals(List.of(6), elsewhere.batches);
  }

  @Test
  void threadsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> Evaluator.threads(0));
  }
}
