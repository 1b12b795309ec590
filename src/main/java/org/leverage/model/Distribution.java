package org.leverage.model;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * The uncertainty about a parameter, for Monte Carlo sweeps: a probability distribution given by
 * its quantile function (so that plain and Latin hypercube sampling draw through one method). The
 * distributions are Apache Commons Math's; bounded ones take the parameter's plausible range {@code
 * [low, high]} as their support.
 */
public sealed interface Distribution {

  /** The value below which a draw falls with probability {@code p} in (0, 1). */
  double quantile(double p);

  /** The smallest value a draw can take ({@code -inf} if unbounded). */
  double lower();

  /** The largest value a draw can take ({@code +inf} if unbounded). */
  double upper();

  /** The name in scenario files, e.g. {@code truncated-normal}. */
  String type();

  /**
   * Its numbers by their names, in the order of the record, e.g. {@code low, mode, high} of a
   * triangular distribution: what a report shows beside {@link #type()}.
   */
  Map<String, Double> numbers();

  /** Whether {@link #lower()} itself can never be drawn (the support is open below). */
  default boolean lowerOpen() {
    return false;
  }

  /** Whether every value a draw can take lies in {@code domain}. */
  default boolean fitsIn(Domain domain) {
    boolean low =
        lower() > domain.min()
            || (lower() == domain.min() && (domain.minInclusive() || lowerOpen()));
    return !domain.integer() && low && upper() <= domain.max();
  }

  private static void requireFinite(String name, double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(name + " must be a finite number but was " + x);
    }
  }

  private static void requirePositive(String name, double x) {
    if (!(x > 0 && Double.isFinite(x))) {
      throw new IllegalArgumentException(name + " must be > 0 but was " + x);
    }
  }

  private static void requireRange(double low, double high) {
    requireFinite("low", low);
    requireFinite("high", high);
    if (low > high) {
      throw new IllegalArgumentException("low " + low + " must not exceed high " + high);
    }
  }

  /** Uniform on [low, high]. */
  record Uniform(double low, double high) implements Distribution {
    public Uniform {
      requireRange(low, high);
    }

    @Override
    public double quantile(double p) {
      return low == high
          ? low
          : new UniformRealDistribution(null, low, high).inverseCumulativeProbability(p);
    }

    @Override
    public double lower() {
      return low;
    }

    @Override
    public double upper() {
      return high;
    }

    @Override
    public String type() {
      return "uniform";
    }

    @Override
    public Map<String, Double> numbers() {
      return ImmutableMap.of("low", low, "high", high);
    }
  }

  /** Triangular on [low, high] with the given mode. */
  record Triangular(double low, double mode, double high) implements Distribution {
    public Triangular {
      requireRange(low, high);
      if (!(mode >= low && mode <= high)) {
        throw new IllegalArgumentException(
            "triangular mode must be in [low, high] = [" + low + ", " + high + "] but was " + mode);
      }
    }

    @Override
    public double quantile(double p) {
      return low == high
          ? low
          : new TriangularDistribution(null, low, mode, high).inverseCumulativeProbability(p);
    }

    @Override
    public double lower() {
      return low;
    }

    @Override
    public double upper() {
      return high;
    }

    @Override
    public String type() {
      return "triangular";
    }

    @Override
    public Map<String, Double> numbers() {
      return ImmutableMap.of("low", low, "mode", mode, "high", high);
    }
  }

  /** Normal with the given mean and standard deviation (unbounded). */
  record Normal(double mean, double sd) implements Distribution {
    public Normal {
      requireFinite("mean", mean);
      requirePositive("sd", sd);
    }

    @Override
    public double quantile(double p) {
      return new NormalDistribution(null, mean, sd).inverseCumulativeProbability(p);
    }

    @Override
    public double lower() {
      return Double.NEGATIVE_INFINITY;
    }

    @Override
    public double upper() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public String type() {
      return "normal";
    }

    @Override
    public Map<String, Double> numbers() {
      return ImmutableMap.of("mean", mean, "sd", sd);
    }
  }

  /** Normal with the given mean and standard deviation, truncated to [low, high]. */
  record TruncatedNormal(double mean, double sd, double low, double high) implements Distribution {
    public TruncatedNormal {
      requireFinite("mean", mean);
      requirePositive("sd", sd);
      requireRange(low, high);
    }

    @Override
    public double quantile(double p) {
      NormalDistribution n = new NormalDistribution(null, mean, sd);
      double a = n.cumulativeProbability(low);
      double b = n.cumulativeProbability(high);
      double x = n.inverseCumulativeProbability(a + p * (b - a));
      return Math.min(high, Math.max(low, x));
    }

    @Override
    public double lower() {
      return low;
    }

    @Override
    public double upper() {
      return high;
    }

    @Override
    public String type() {
      return "truncated-normal";
    }

    @Override
    public Map<String, Double> numbers() {
      return ImmutableMap.of("mean", mean, "sd", sd, "low", low, "high", high);
    }
  }

  /** Log-normal: {@code exp(N(mu, sigma))}, on (0, inf). */
  record LogNormal(double mu, double sigma) implements Distribution {
    public LogNormal {
      requireFinite("mu", mu);
      requirePositive("sigma", sigma);
    }

    @Override
    public boolean lowerOpen() {
      return true;
    }

    @Override
    public double quantile(double p) {
      return new LogNormalDistribution(null, mu, sigma).inverseCumulativeProbability(p);
    }

    @Override
    public double lower() {
      return 0;
    }

    @Override
    public double upper() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public String type() {
      return "lognormal";
    }

    @Override
    public Map<String, Double> numbers() {
      return ImmutableMap.of("mu", mu, "sigma", sigma);
    }
  }

  /** Beta(alpha, beta) scaled to [low, high]. */
  record Beta(double alpha, double beta, double low, double high) implements Distribution {
    public Beta {
      requirePositive("alpha", alpha);
      requirePositive("beta", beta);
      requireRange(low, high);
    }

    @Override
    public double quantile(double p) {
      return low
          + (high - low) * new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(p);
    }

    @Override
    public double lower() {
      return low;
    }

    @Override
    public double upper() {
      return high;
    }

    @Override
    public String type() {
      return "beta";
    }

    @Override
    public Map<String, Double> numbers() {
      return ImmutableMap.of("alpha", alpha, "beta", beta, "low", low, "high", high);
    }
  }

  /** Gamma with the given shape and scale, on (0, inf). */
  record Gamma(double shape, double scale) implements Distribution {
    public Gamma {
      requirePositive("shape", shape);
      requirePositive("scale", scale);
    }

    @Override
    public boolean lowerOpen() {
      return true;
    }

    @Override
    public double quantile(double p) {
      return new GammaDistribution(null, shape, scale).inverseCumulativeProbability(p);
    }

    @Override
    public double lower() {
      return 0;
    }

    @Override
    public double upper() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public String type() {
      return "gamma";
    }

    @Override
    public Map<String, Double> numbers() {
      return ImmutableMap.of("shape", shape, "scale", scale);
    }
  }
}
