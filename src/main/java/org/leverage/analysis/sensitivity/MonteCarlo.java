package org.leverage.analysis.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.leverage.model.Regime;

/**
 * Summarises the evaluations of a Monte Carlo run: how often each regime is preferred, the
 * distribution of the US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING (statistics,
 * quantiles at {@link #QUANTILES} by {@link SampleStats#quantile}, a histogram of {@link #BINS}
 * equal-width bins over the sample's range), the expected loss of committing to each regime, and
 * the mean and standard deviation of every outcome. Sums run in draw order, so the summary of the
 * same evaluations has the same bits whatever produced them (one pass, threads, merged chunks).
 * Memory: one {@code double} per draw per statistic at a time.
 */
public final class MonteCarlo {

  /** The quantile levels reported for the advantage. */
  public static final List<Double> QUANTILES = List.of(0.05, 0.25, 0.5, 0.75, 0.95);

  /** Bins of the advantage histogram (fixed, so that runs can be compared bin by bin). */
  public static final int BINS = 20;

  private MonteCarlo() {}

  /**
   * The summary of a whole Monte Carlo run ({@link Experiment#evaluate} with {@link Chunk#WHOLE},
   * or {@link EvaluationChunk#merge}).
   *
   * @throws IllegalArgumentException when {@code all} is not a whole Monte Carlo run
   */
  public static MonteCarloSummary summarize(EvaluationChunk all) {
    List<Evaluation> ev = all.whole(Run.Kind.MONTE_CARLO);
    int fd = 0;
    int sd = 0;
    for (Evaluation e : ev) {
      Regime preferred = e.preferred().orElse(null);
      if (preferred == Regime.FULL_DECOUPLING) {
        fd++;
      } else if (preferred == Regime.STRATEGIC_DEPENDENCY) {
        sd++;
      }
    }
    double[] advantage = values(ev, Evaluation::advantage);
    double[] sorted = advantage.clone();
    Arrays.sort(sorted);
    List<MonteCarloSummary.Quantile> quantiles = new ArrayList<>();
    for (double p : QUANTILES) {
      quantiles.add(new MonteCarloSummary.Quantile(p, SampleStats.quantile(sorted, p)));
    }
    Map<Regime, Double> loss = new EnumMap<>(Regime.class);
    Map<Regime, SampleStats> us = new EnumMap<>(Regime.class);
    Map<Regime, SampleStats> china = new EnumMap<>(Regime.class);
    Map<Regime, SampleStats> s = new EnumMap<>(Regime.class);
    for (Regime r : Regime.values()) {
      loss.put(
          r,
          SampleStats.of(values(ev, e -> Collections.max(e.us().values()) - e.us().get(r))).mean());
      us.put(r, SampleStats.of(values(ev, e -> e.us().get(r))));
      china.put(r, SampleStats.of(values(ev, e -> e.china().get(r))));
      s.put(r, SampleStats.of(values(ev, e -> e.finalSelfSufficiency().get(r))));
    }
    return new MonteCarloSummary(
        all.run(),
        fd,
        sd,
        ev.size() - fd - sd,
        SampleStats.of(advantage),
        quantiles,
        histogram(sorted),
        loss,
        us,
        china,
        s);
  }

  private static double[] values(List<Evaluation> ev, ToDoubleFunction<Evaluation> f) {
    double[] x = new double[ev.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = f.applyAsDouble(ev.get(i));
    }
    return x;
  }

  /** Tukey's far-out fences are this many interquartile ranges beyond the quartiles. */
  static final double FENCE = 3;

  private static MonteCarloSummary.Histogram histogram(double[] sorted) {
    double q1 = SampleStats.quantile(sorted, 0.25);
    double q3 = SampleStats.quantile(sorted, 0.75);
    double low = q1 - FENCE * (q3 - q1);
    double high = q3 + FENCE * (q3 - q1);
    int from = 0;
    while (sorted[from] < low) {
      from++;
    }
    int to = sorted.length - 1;
    while (sorted[to] > high) {
      to--;
    }
    int below = from;
    int above = sorted.length - 1 - to;
    double min = sorted[from];
    double max = sorted[to];
    if (min == max) {
      return new MonteCarloSummary.Histogram(min, max, List.of(to - from + 1), below, above);
    }
    Integer[] counts = new Integer[BINS];
    Arrays.fill(counts, 0);
    for (int i = from; i <= to; i++) {
      int j = Math.min(BINS - 1, (int) Math.floor(BINS * (sorted[i] - min) / (max - min)));
      counts[j]++;
    }
    return new MonteCarloSummary.Histogram(min, max, Arrays.asList(counts), below, above);
  }
}
