package org.leverage.solve.qre;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;

/**
 * Maximum-likelihood estimate of lambda from observed play (McKelvey and Palfrey 1995, section 5):
 * the point of the principal logit branch ({@link LogitBranch}) that maximises the log-likelihood
 * {@code sum_ij n_ij log p_ij(lambda)} of the observed counts {@code n_ij} (player {@code i} chose
 * strategy {@code j} that often; players are independent). As {@code gambit-logit -L} does, the
 * branch is traced from lambda = 0 to the maximum lambda, the likelihood's slope along it is
 * watched, and every local maximum it brackets is located exactly; the best one wins. Between two
 * branch points the maximum is the root of {@code d/dlambda} of the log-likelihood, found by
 * Brent's method, each evaluation a QRE corrected at its lambda. If the likelihood still rises at
 * the maximum lambda (play concentrated on a strict equilibrium), the estimate is that maximum.
 *
 * <p>Floating point; the cost is one trace plus a few dozen Newton solves.
 */
public final class LogitFit {

  /** Accuracy of the located maximum, in lambda, relative to its size. */
  private static final double LAMBDA_ACCURACY = 1e-12;

  private static final int MAX_EVALUATIONS = 200;

  /** Log-likelihoods per observation closer than this are equal. */
  private static final double ROUNDING = 1e-12;

  /**
   * Observed play: how often each player chose each strategy.
   *
   * @param counts {@code counts.get(i).get(j)}, non-negative and finite (frequencies may be
   *     fractional); at least one positive
   */
  public record Counts(List<List<Double>> counts) {

    public Counts {
      counts = counts.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
      double total = 0;
      for (List<Double> row : counts) {
        for (double n : row) {
          if (!(n >= 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("counts must be >= 0 and finite but one was " + n);
          }
          total += n;
        }
      }
      if (!(total > 0)) {
        throw new IllegalArgumentException("counts must not all be zero");
      }
    }

    double[] flatten() {
      return Doubles.toArray(counts.stream().flatMap(List::stream).toList());
    }
  }

  /**
   * The estimate.
   *
   * @param lambda the maximum-likelihood lambda
   * @param logLikelihood the log-likelihood of the counts at it (natural logarithm)
   * @param profile the QRE at it
   * @param atMaxLambda whether the likelihood had not begun to fall at the end of the trace, so
   *     that {@code lambda} is the trace's maximum rather than an interior maximum
   */
  public record Estimate(
      double lambda, double logLikelihood, DecimalProfile profile, boolean atMaxLambda) {

    public Estimate {
      Objects.requireNonNull(profile, "profile");
    }
  }

  private LogitFit() {}

  /**
   * The maximum-likelihood estimate of lambda for {@code counts} in {@code game}.
   *
   * @throws IllegalArgumentException if the counts do not have one entry per strategy of each
   *     player
   */
  public static Estimate fit(NormalFormGame game, Counts counts, LogitBranch.Options options) {
    checkShape(game, counts);
    double[] n = counts.flatten();
    LogitSystem system = new LogitSystem(game);
    PathFollower follower =
        new PathFollower(system, options.firstStep(), options.maxAcceleration());
    double[] previous = follower.point();
    double previousSlope = dot(n, follower.tangent());
    Estimate best = estimate(system, n, previous, false);
    double bound = options.lambdaBound(game);
    for (int steps = 0; follower.lambda() < bound && steps < options.maxSteps(); steps++) {
      if (!follower.advance()) {
        break;
      }
      double[] current = follower.point();
      double slope = dot(n, follower.tangent());
      if (previousSlope > 0 && slope < 0) {
        Estimate local =
            maximumBetween(system, n, previous, current)
                .orElse(estimate(system, n, current, false));
        best = better(best, local);
      }
      previous = current;
      previousSlope = slope;
    }
    // A likelihood still rising, or flat at its maximum (play all on a strict equilibrium), up to
    // rounding, is fit at the end of the trace.
    Estimate end = estimate(system, n, previous, true);
    double total = Arrays.stream(n).sum();
    return end.logLikelihood() >= best.logLikelihood() - ROUNDING * total ? end : best;
  }

  /**
   * The maximum of the log-likelihood on the branch between two points where its slope falls
   * through zero, if lambda increases from one to the other and Brent's method converges.
   */
  private static Optional<Estimate> maximumBetween(
      LogitSystem system, double[] n, double[] before, double[] after) {
    int last = before.length - 1;
    double lo = before[last];
    double hi = after[last];
    if (!(hi > lo)) {
      return Optional.empty();
    }
    try {
      double lambda =
          new BrentSolver(LAMBDA_ACCURACY, LAMBDA_ACCURACY * Math.max(1, hi))
              .solve(MAX_EVALUATIONS, x -> slopeInLambda(system, n, before, after, x), lo, hi);
      return qreAt(system, before, after, lambda).map(z -> estimate(system, n, z, false));
    } catch (MathIllegalStateException | IllegalArgumentException e) {
      // No sign change in lambda (the branch turned within the step), or no convergence.
      return Optional.empty();
    }
  }

  private static double slopeInLambda(
      LogitSystem system, double[] n, double[] before, double[] after, double lambda) {
    double[] z =
        qreAt(system, before, after, lambda)
            .orElseThrow(() -> new IllegalArgumentException("no QRE found at " + lambda));
    double[] w =
        PathFollower.slope(system, z)
            .orElseThrow(() -> new IllegalArgumentException("the branch turns at " + lambda));
    return dot(n, w);
  }

  private static Optional<double[]> qreAt(
      LogitSystem system, double[] before, double[] after, double lambda) {
    int last = before.length - 1;
    double theta = (lambda - before[last]) / (after[last] - before[last]);
    double[] guess = new double[before.length];
    for (int k = 0; k < guess.length; k++) {
      guess[k] = before[k] + theta * (after[k] - before[k]);
    }
    return PathFollower.pointAt(system, guess, lambda);
  }

  private static Estimate estimate(
      LogitSystem system, double[] n, double[] z, boolean atMaxLambda) {
    double logLikelihood = 0;
    for (int i = 0; i < system.game().numPlayers(); i++) {
      int o = system.offset(i);
      // log p = y - log(sum exp y), in the stable form: the y of the player's likeliest strategy.
      double top = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < system.size(i); s++) {
        top = Math.max(top, z[o + s]);
      }
      double sum = 0;
      for (int s = 0; s < system.size(i); s++) {
        sum += Math.exp(z[o + s] - top);
      }
      double logSum = top + Math.log(sum);
      for (int s = 0; s < system.size(i); s++) {
        if (n[o + s] != 0) {
          logLikelihood += n[o + s] * (z[o + s] - logSum);
        }
      }
    }
    LogitBranch.Point point = LogitBranch.point(system, z);
    return new Estimate(point.lambda(), logLikelihood, point.profile(), atMaxLambda);
  }

  private static Estimate better(Estimate a, Estimate b) {
    return b.logLikelihood() > a.logLikelihood() ? b : a;
  }

  /** The log-likelihood's derivative along {@code direction}: {@code sum n_k direction_k}. */
  private static double dot(double[] n, double[] direction) {
    double s = 0;
    for (int k = 0; k < n.length; k++) {
      s += n[k] * direction[k];
    }
    return s;
  }

  private static void checkShape(NormalFormGame game, Counts counts) {
    if (counts.counts().size() != game.numPlayers()) {
      throw new IllegalArgumentException(
          "counts are given for "
              + counts.counts().size()
              + " players; the game has "
              + game.numPlayers());
    }
    for (int p = 0; p < game.numPlayers(); p++) {
      if (counts.counts().get(p).size() != game.numStrategies(p)) {
        throw new IllegalArgumentException(
            "player "
                + (p + 1)
                + " has "
                + counts.counts().get(p).size()
                + " counts; the game gives it "
                + game.numStrategies(p)
                + " strategies");
      }
    }
  }
}
