package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.leverage.analysis.Verdict;
import org.leverage.io.EvaluationFiles;
import org.leverage.model.Distribution;
import org.leverage.model.ParameterKey;
import org.leverage.model.Regime;

class MonteCarloTest {

  private static final int N = 60;

  private static EvaluationChunk evaluate(Experiment e, Chunk chunk, int threads) {
    return e.evaluate(chunk, threads, done -> {});
  }

  @ParameterizedTest
  @EnumSource(SamplingMethod.class)
  void resultsDoNotDependOnTheThreadCountAndTheSameSeedReproducesThem(SamplingMethod method) {
    Experiment e = Experiment.monteCarlo(SmallScenario.uncertain(), method, N, 11);
    EvaluationChunk one = evaluate(e, Chunk.WHOLE, 1);
    EvaluationChunk two = evaluate(e, Chunk.WHOLE, 2);
    EvaluationChunk again =
        evaluate(Experiment.monteCarlo(SmallScenario.uncertain(), method, N, 11), Chunk.WHOLE, 3);
    assertEquals(one, two);
    assertEquals(one, again);
    assertEquals(MonteCarlo.summarize(one).toString(), MonteCarlo.summarize(two).toString());
    EvaluationChunk otherSeed =
        evaluate(Experiment.monteCarlo(SmallScenario.uncertain(), method, N, 12), Chunk.WHOLE, 2);
    assertNotEquals(one.evaluations(), otherSeed.evaluations());
  }

  @Test
  void threeChunksWrittenReadAndMergedGiveTheSummaryOfOneRun() throws Exception {
    Experiment e =
        Experiment.monteCarlo(SmallScenario.uncertain(), SamplingMethod.LATIN_HYPERCUBE, N, 5);
    EvaluationChunk whole = evaluate(e, Chunk.WHOLE, 2);
    List<EvaluationChunk> read = new ArrayList<>();
    for (int i = 3; i >= 1; i--) {
      java.io.StringWriter text = new java.io.StringWriter();
      EvaluationFiles.write(text, evaluate(e, new Chunk(i, 3), 1));
      read.add(EvaluationFiles.parse("chunk" + i + ".csv", text.toString()));
    }
    EvaluationChunk merged = EvaluationChunk.merge(read);
    assertEquals(whole, merged);
    MonteCarloSummary summary = MonteCarlo.summarize(whole);
    assertEquals(summary, MonteCarlo.summarize(merged));
    assertEquals(summary.toString(), MonteCarlo.summarize(merged).toString());
  }

  @Test
  void aSobolRunMergesFromChunksOfDifferentSplits() {
    Experiment e = Experiment.sobol(SmallScenario.uncertain(), SamplingMethod.PLAIN, 4, 3);
    assertEquals(24, e.run().size());
    EvaluationChunk whole = evaluate(e, Chunk.WHOLE, 2);
    EvaluationChunk merged =
        EvaluationChunk.merge(
            List.of(
                evaluate(e, new Chunk(4, 4), 1),
                evaluate(e, new Chunk(1, 2), 2),
                evaluate(e, new Chunk(3, 4), 1)));
    assertEquals(whole, merged);
    assertEquals(Sobol.ofAdvantage(whole, 50, 3), Sobol.ofAdvantage(merged, 50, 3));
    assertEquals(4, Sobol.ofAdvantage(whole, 50, 3).indices().size());
  }

  @Test
  void mergeRefusesMissingOverlappingAndForeignChunks() {
    Experiment e = Experiment.monteCarlo(SmallScenario.uncertain(), SamplingMethod.PLAIN, 6, 1);
    EvaluationChunk first = evaluate(e, new Chunk(1, 3), 1);
    EvaluationChunk third = evaluate(e, new Chunk(3, 3), 1);
    var missing =
        assertThrows(
            IllegalArgumentException.class, () -> EvaluationChunk.merge(List.of(third, first)));
    assertEquals("no chunk holds indices 2 to 3; a chunk is missing", missing.getMessage());
    EvaluationChunk half = evaluate(e, new Chunk(1, 2), 1);
    var overlap =
        assertThrows(
            IllegalArgumentException.class,
            () -> EvaluationChunk.merge(List.of(first, half, third)));
    assertEquals(
        "chunks 1/3 and 1/2 both hold indices 0 to 1; give each index once", overlap.getMessage());
    EvaluationChunk foreign =
        evaluate(
            Experiment.monteCarlo(SmallScenario.uncertain(), SamplingMethod.PLAIN, 6, 2),
            new Chunk(2, 3),
            1);
    var other =
        assertThrows(
            IllegalArgumentException.class,
            () -> EvaluationChunk.merge(List.of(first, foreign, third)));
    assertEquals(
        "chunk 2/3 is from another run than chunk 1/3: seed 2 instead of 1", other.getMessage());
  }

  /** A heavy tail is counted beyond the fences, so the bins show the other draws. */
  @Test
  void aHeavyTailIsCountedBeyondTheFencesNotBinned() {
    double[] advantages = new double[41];
    for (int i = 0; i < 40; i++) {
      advantages[i] = i;
    }
    advantages[40] = 1e12;
    MonteCarloSummary s = MonteCarlo.summarize(synthetic(advantages));
    MonteCarloSummary.Histogram h = s.advantageHistogram();
    assertEquals(0, h.below());
    assertEquals(1, h.above());
    assertEquals(0, h.min());
    assertEquals(39, h.max());
    assertEquals(40, h.counts().stream().mapToInt(Integer::intValue).sum());
    assertEquals(2, h.counts().get(0));
  }

  private static EvaluationChunk synthetic(double[] advantages) {
    List<Evaluation> ev = new ArrayList<>();
    for (double a : advantages) {
      Map<Regime, Double> us = new EnumMap<>(Regime.class);
      us.put(Regime.FULL_DECOUPLING, 10.0);
      us.put(Regime.STRATEGIC_DEPENDENCY, 10.0 + a);
      us.put(Regime.OPEN, 12.0);
      us.put(Regime.EQUILIBRIUM, 11.0);
      ev.add(new Evaluation(us, us, us, a, Verdict.Question.preferredFor(a)));
    }
    Run run =
        new Run(
            Run.Kind.MONTE_CARLO,
            SamplingMethod.PLAIN,
            1,
            advantages.length,
            "synthetic",
            "0123456789abcdef",
            List.of(ParameterKey.EROSION));
    return new EvaluationChunk(run, Chunk.WHOLE, ev);
  }

  @Test
  void summaryCountsQuantilesHistogramAndExpectedLoss() {
    // advantages 0, 1, 2, 3, 4, 5, -10 with payoffs chosen so that the best regime varies
    double[] advantages = {0, 1, 2, 3, 4, 5, -10};
    List<Evaluation> ev = new ArrayList<>();
    for (double a : advantages) {
      Map<Regime, Double> us = new EnumMap<>(Regime.class);
      us.put(Regime.FULL_DECOUPLING, 10.0);
      us.put(Regime.STRATEGIC_DEPENDENCY, 10.0 + a);
      us.put(Regime.OPEN, 12.0);
      us.put(Regime.EQUILIBRIUM, 11.0);
      Optional<Regime> preferred = Verdict.Question.preferredFor(a);
      ev.add(new Evaluation(us, us, us, a, preferred));
    }
    Run run =
        new Run(
            Run.Kind.MONTE_CARLO,
            SamplingMethod.PLAIN,
            1,
            advantages.length,
            "synthetic",
            "0123456789abcdef",
            List.of(ParameterKey.EROSION));
    MonteCarloSummary s = MonteCarlo.summarize(new EvaluationChunk(run, Chunk.WHOLE, ev));

    assertEquals(1, s.fullDecoupling());
    assertEquals(5, s.strategicDependency());
    assertEquals(1, s.ties());
    assertEquals(5 / 7.0, s.probabilityStrategicDependency());
    // sorted: -10, 0, 1, 2, 3, 4, 5; h = 6 p
    assertEquals(-10 + 0.3 * 10, s.advantageQuantiles().get(0).value(), 1e-12);
    assertEquals(0.5, s.advantageQuantiles().get(1).value(), 1e-12);
    assertEquals(2, s.advantageQuantiles().get(2).value());
    assertEquals(3.5, s.advantageQuantiles().get(3).value(), 1e-12);
    assertEquals(4.7, s.advantageQuantiles().get(4).value(), 1e-12);
    assertEquals(5 / 7.0, s.advantage().mean(), 1e-12);
    assertEquals(-10, s.advantage().min());
    assertEquals(5, s.advantage().max());
    // Q1 = 0.5, Q3 = 3.5: the far-out fences are [0.5 - 9, 3.5 + 9] = [-8.5, 12.5], so -10 is
    // counted below them; bins of width 0.25 over [0, 5]: 0 in bin 0; 1 in 4; 2 in 8; 3 in 12;
    // 4 in 16; 5 (the maximum) in 19
    List<Integer> counts = new ArrayList<>(Collections.nCopies(20, 0));
    for (int j : new int[] {0, 4, 8, 12, 16, 19}) {
      counts.set(j, counts.get(j) + 1);
    }
    assertEquals(counts, s.advantageHistogram().counts());
    assertEquals(1, s.advantageHistogram().below());
    assertEquals(0, s.advantageHistogram().above());
    assertEquals(13 * 0.25, s.advantageHistogram().edge(13), 1e-12);
    // best per draw: 12, 12, 12, 13, 14, 15, 12
    double[] best = {12, 12, 12, 13, 14, 15, 12};
    double lossOpen = 0;
    double lossSd = 0;
    for (int i = 0; i < best.length; i++) {
      lossOpen += best[i] - 12;
      lossSd += best[i] - (10 + advantages[i]);
    }
    assertEquals(lossOpen / 7, s.expectedLoss().get(Regime.OPEN), 1e-12);
    assertEquals(lossSd / 7, s.expectedLoss().get(Regime.STRATEGIC_DEPENDENCY), 1e-12);
    assertEquals(12, s.us().get(Regime.OPEN).mean());
    assertEquals(0, s.us().get(Regime.OPEN).sd());
  }

  @Test
  void drawsOfTheInitialStateAreMovedToTheNearestGridPoint() {
    var s =
        SmallScenario.give(
            SmallScenario.uncertain(),
            ParameterKey.SELF_SUFFICIENCY0,
            new Distribution.Uniform(0.05, 0.17));
    Experiment e = Experiment.monteCarlo(s, SamplingMethod.LATIN_HYPERCUBE, 10, 1);
    Sampling raw = new Sampling(SamplingMethod.LATIN_HYPERCUBE, 10, 5, 1);
    for (int i = 0; i < 10; i++) {
      // the grid has 11 points: [0.05, 0.15) rounds to 0.1, [0.15, 0.17] to 0.2
      double drawn = 0.05 + 0.12 * raw.point(i)[2]; // the third uncertain parameter
      double expected = drawn < 0.15 ? 0.1 : 0.2;
      assertEquals(expected, e.point(i).get(ParameterKey.SELF_SUFFICIENCY0), 1e-12, "draw " + i);
    }
    assertEquals(10, e.evaluate(Chunk.WHOLE, 2, done -> {}).evaluations().size());
  }

  @Test
  void aPointOutsideAHardDomainIsRefusedBeforeAnyEvaluation() {
    var s =
        SmallScenario.give(
            SmallScenario.uncertain(), ParameterKey.CRISIS_HAZARD, new Distribution.Normal(0, 1));
    Experiment e = Experiment.monteCarlo(s, SamplingMethod.PLAIN, 10, 1);
    var x =
        assertThrows(
            IllegalArgumentException.class,
            () -> e.evaluate(Chunk.WHOLE, 1, done -> fail("no point should be evaluated")));
    assertTrue(
        x.getMessage()
            .matches(
                "point \\d of the monte-carlo run: crisis_hazard must be in \\[0, 1\\] but was .*"),
        x.getMessage());
  }

  @Test
  void aScenarioWithoutDistributionsCannotBeSampled() {
    var x =
        assertThrows(
            IllegalArgumentException.class,
            () -> Experiment.monteCarlo(SmallScenario.certain(), SamplingMethod.PLAIN, 10, 1));
    assertEquals(
        "scenario chip-export-controls gives no parameter a distribution; sampling needs at least"
            + " one",
        x.getMessage());
  }

  @Test
  void aChunkIsNotSummarised() {
    Experiment e = Experiment.monteCarlo(SmallScenario.uncertain(), SamplingMethod.PLAIN, 4, 1);
    EvaluationChunk part = evaluate(e, new Chunk(1, 2), 1);
    var x = assertThrows(IllegalArgumentException.class, () -> MonteCarlo.summarize(part));
    assertEquals(
        "this analysis needs the whole of a monte-carlo run but was given chunk 1/2 of a"
            + " monte-carlo run",
        x.getMessage());
  }
}
