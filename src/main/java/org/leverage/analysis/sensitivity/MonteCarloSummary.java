package org.leverage.analysis.sensitivity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.leverage.model.Regime;

/**
 * What a Monte Carlo run says about the verdict, as {@link MonteCarlo#summarize} computes it.
 *
 * @param run the run summarised
 * @param fullDecoupling draws where FULL_DECOUPLING gives the US more than STRATEGIC_DEPENDENCY
 * @param strategicDependency draws where STRATEGIC_DEPENDENCY gives the US more
 * @param ties draws where the two give exactly the same
 * @param advantage statistics of the US advantage of STRATEGIC_DEPENDENCY over FULL_DECOUPLING
 * @param advantageQuantiles the advantage's quantiles at {@link MonteCarlo#QUANTILES}
 * @param advantageHistogram the advantage's histogram
 * @param expectedLoss for each regime R, the mean over draws of the best regime's US payoff minus
 *     R's (USD bn): what committing to R costs on average against choosing after the uncertainty
 *     resolves; 0 for a regime that is best in every draw
 * @param us statistics of each regime's US payoff
 * @param china statistics of each regime's China payoff
 * @param finalSelfSufficiency statistics of each regime's expected self-sufficiency at the horizon
 */
public record MonteCarloSummary(
    Run run,
    int fullDecoupling,
    int strategicDependency,
    int ties,
    SampleStats advantage,
    List<Quantile> advantageQuantiles,
    Histogram advantageHistogram,
    Map<Regime, Double> expectedLoss,
    Map<Regime, SampleStats> us,
    Map<Regime, SampleStats> china,
    Map<Regime, SampleStats> finalSelfSufficiency) {

  public MonteCarloSummary {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(advantage, "advantage");
    Objects.requireNonNull(advantageHistogram, "advantageHistogram");
    advantageQuantiles = ImmutableList.copyOf(advantageQuantiles);
    expectedLoss = ImmutableMap.copyOf(new EnumMap<>(expectedLoss));
    us = ImmutableMap.copyOf(new EnumMap<>(us));
    china = ImmutableMap.copyOf(new EnumMap<>(china));
    finalSelfSufficiency = ImmutableMap.copyOf(new EnumMap<>(finalSelfSufficiency));
    if (fullDecoupling + strategicDependency + ties != run.n()) {
      throw new IllegalArgumentException(
          "preference counts must add up to the "
              + run.n()
              + " draws but were "
              + fullDecoupling
              + " + "
              + strategicDependency
              + " + "
              + ties);
    }
  }

  /** The share of draws where FULL_DECOUPLING is preferred. */
  public double probabilityFullDecoupling() {
    return (double) fullDecoupling / run.n();
  }

  /** The share of draws where STRATEGIC_DEPENDENCY is preferred. */
  public double probabilityStrategicDependency() {
    return (double) strategicDependency / run.n();
  }

  /** The share of draws where the two tie exactly. */
  public double probabilityTie() {
    return (double) ties / run.n();
  }

  /**
   * A quantile of the sample.
   *
   * @param probability the level, in (0, 1)
   * @param value the sample quantile at that level ({@link SampleStats#quantile} definition)
   */
  public record Quantile(double probability, double value) {}

  /**
   * Counts of the sample in equal-width bins over {@code [min, max]}, the range of the values
   * inside Tukey's far-out fences {@code [Q1 - 3 IQR, Q3 + 3 IQR]} (quartiles as {@link
   * MonteCarlo#QUANTILES}' definition): bin {@code j} of {@code b} holds the values {@code x} with
   * {@code floor(b (x - min) / (max - min)) = j}, {@code max} in the last bin; a range of one value
   * is one bin. Values beyond the fences are counted in {@code below} and {@code above}, not
   * binned, so that a heavy tail (a draw with a doubling time of three months multiplies the
   * strategic value of compute by up to 2^40) does not squeeze every other draw into one bin. A
   * light-tailed sample has none beyond the fences: then {@code [min, max]} is the sample's range.
   *
   * @param min the lower edge of the first bin
   * @param max the upper edge of the last bin
   * @param counts values per bin
   * @param below values below the lower fence
   * @param above values above the upper fence
   */
  public record Histogram(double min, double max, List<Integer> counts, int below, int above) {

    public Histogram {
      counts = ImmutableList.copyOf(counts);
      if (below < 0 || above < 0) {
        throw new IllegalArgumentException(
            "counts beyond the fences must be >= 0 but were " + below + " and " + above);
      }
    }

    /** The lower edge of bin {@code j}; {@code edge(counts().size())} is {@code max}. */
    public double edge(int j) {
      return j == counts.size() ? max : min + j * (max - min) / counts.size();
    }
  }
}
