package org.leverage.solve.qre;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.PrecisionLimitException;
import org.leverage.solve.Watch;

/**
 * The principal branch of the logit quantal response equilibrium correspondence of a strategic game
 * with any number of players (McKelvey and Palfrey, "Quantal response equilibria for normal form
 * games", Games and Economic Behavior 10, 1995): the unique path of logit QRE that starts at
 * uniform play for lambda = 0 and, for almost every game, converges to one Nash equilibrium as
 * lambda grows. It is traced as {@code gambit-logit} traces it (Turocy, "A dynamic homotopy
 * interpretation of the logistic quantal response equilibrium correspondence", Games and Economic
 * Behavior 51, 2005), by predictor-corrector continuation in (log-probabilities, lambda) with
 * arc-length steps, so turning points in lambda are passed ({@link PathFollower}).
 *
 * <p>Lambda is in the reciprocal of the game's payoff units, as in Gambit: payoffs are not
 * rescaled, so multiplying every payoff by c divides the lambda of each QRE by c. The regret
 * tolerance that ends a trace is relative to the game's payoff range (largest minus smallest
 * payoff), as Gambit's {@code -m}.
 *
 * <p>Floating point throughout. Each step costs {@code O(cells * players^3 + strategies^3)}. On
 * degenerate games the branch may approach a set of equilibria rather than a point; a path whose
 * step falls below {@link PathFollower#MIN_STEP} ends there ({@link End#STEP_SIZE}).
 */
public final class LogitBranch {

  /**
   * The largest lambda times payoff range traced unless the options say otherwise: Gambit's bound
   * for a game whose payoffs span 1.
   */
  public static final double DEFAULT_MAX_LAMBDA = 1e6;

  /** Regret, relative to the payoff range, that ends a trace: Gambit's default. */
  public static final double DEFAULT_RELATIVE_REGRET = 1e-8;

  /**
   * How a trace is run.
   *
   * @param maxLambda the trace stops at the first point where lambda times the payoff range is at
   *     least this ({@link #lambdaBound}), so that a game and its payoffs rescaled are traced alike
   * @param relativeRegret the trace stops at the first point whose regret is below this times the
   *     payoff range; 0 traces on to {@code maxLambda}
   * @param firstStep the first step, in arc length (Gambit: 0.03)
   * @param maxAcceleration the most a step grows over the previous one, and the factor a rejected
   *     step shrinks by (Gambit: 1.1)
   * @param maxSteps the most accepted steps of one trace
   */
  public record Options(
      double maxLambda,
      double relativeRegret,
      double firstStep,
      double maxAcceleration,
      int maxSteps,
      Watch watch) {

    public static final Options DEFAULT =
        new Options(DEFAULT_MAX_LAMBDA, DEFAULT_RELATIVE_REGRET, 0.03, 1.1, 100_000, Watch.NONE);

    public Options {
      if (!(maxLambda > 0) || Double.isInfinite(maxLambda)) {
        throw new IllegalArgumentException(
            "maxLambda must be positive and finite but was " + maxLambda);
      }
      if (!(relativeRegret >= 0 && relativeRegret < 1)) {
        throw new IllegalArgumentException(
            "relativeRegret must be in [0, 1) but was " + relativeRegret);
      }
      if (!(firstStep > 0 && firstStep < 1)) {
        throw new IllegalArgumentException("firstStep must be in (0, 1) but was " + firstStep);
      }
      if (!(maxAcceleration > 1 && maxAcceleration <= 2)) {
        throw new IllegalArgumentException(
            "maxAcceleration must be in (1, 2] but was " + maxAcceleration);
      }
      if (maxSteps < 1) {
        throw new IllegalArgumentException("maxSteps must be at least 1 but was " + maxSteps);
      }
      Objects.requireNonNull(watch, "watch");
    }

    /** The largest lambda traced on {@code game}: {@code maxLambda} over the payoff range. */
    public double lambdaBound(NormalFormGame game) {
      return maxLambda / payoffRange(game);
    }

    /** These options with the trace running to {@code lambda} times the payoff range. */
    public Options withMaxLambda(double lambda) {
      return new Options(lambda, relativeRegret, firstStep, maxAcceleration, maxSteps, watch);
    }

    /** These options with the trace stopping between steps when {@code w} says so. */
    public Options withWatch(Watch w) {
      return new Options(maxLambda, relativeRegret, firstStep, maxAcceleration, maxSteps, w);
    }
  }

  /** A logit QRE: the profile each player's logit response with precision {@code lambda} to it. */
  public record Point(double lambda, DecimalProfile profile) {

    public Point {
      if (!(lambda >= 0) || Double.isInfinite(lambda)) {
        throw new IllegalArgumentException("lambda must be >= 0 and finite but was " + lambda);
      }
      Objects.requireNonNull(profile, "profile");
    }
  }

  /** Why a trace ended. */
  public enum End {
    /** The last point's regret is below the tolerance. */
    REGRET,
    /** The last point's lambda reached {@link Options#lambdaBound}. */
    MAX_LAMBDA,
    /** No step could be accepted from the last point (a degenerate game). */
    STEP_SIZE,
    /** {@link Options#maxSteps} steps were taken. */
    STEP_LIMIT
  }

  /**
   * A traced branch.
   *
   * @param points every accepted point, from uniform play at lambda = 0 on
   * @param end why the trace ended
   * @param tolerance the absolute regret that would have ended it ({@link Options#relativeRegret}
   *     times the payoff range)
   */
  public record Trace(List<Point> points, End end, double tolerance) {

    public Trace {
      points = ImmutableList.copyOf(points);
      if (points.isEmpty()) {
        throw new IllegalArgumentException("a trace has at least its starting point");
      }
      Objects.requireNonNull(end, "end");
    }

    /** The last point: the branch's approximation of its limit. */
    public Point last() {
      return points.get(points.size() - 1);
    }
  }

  private LogitBranch() {}

  /** The payoff range of {@code game} (largest minus smallest payoff), or 1 if all are equal. */
  public static double payoffRange(NormalFormGame game) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < game.numPlayers(); p++) {
      for (int c = 0; c < game.numCells(); c++) {
        min = Math.min(min, game.payoffAsDouble(p, c));
        max = Math.max(max, game.payoffAsDouble(p, c));
      }
    }
    return max > min ? max - min : 1;
  }

  /**
   * Traces the principal branch from lambda = 0 until a point's regret is below the tolerance, its
   * lambda reaches the maximum, or no further step is possible.
   */
  public static Trace trace(NormalFormGame game, Options options) {
    LogitSystem system = new LogitSystem(game);
    PathFollower follower =
        new PathFollower(system, options.firstStep(), options.maxAcceleration());
    double tolerance = options.relativeRegret() * payoffRange(game);
    List<Point> points = new ArrayList<>();
    points.add(point(system, follower.point()));
    End end = null;
    for (int steps = 0; end == null; steps++) {
      options.watch().checkpoint();
      Point last = points.get(points.size() - 1);
      if (last.profile().maxRegret(game) < tolerance) {
        end = End.REGRET;
      } else if (last.lambda() >= options.lambdaBound(game)) {
        end = End.MAX_LAMBDA;
      } else if (steps == options.maxSteps()) {
        end = End.STEP_LIMIT;
      } else if (!follower.advance()) {
        end = End.STEP_SIZE;
      } else {
        points.add(point(system, follower.point()));
      }
    }
    return new Trace(points, end, tolerance);
  }

  /**
   * The QRE of the principal branch at each of {@code lambdas}: where the branch first reaches that
   * lambda, the point corrected to it exactly (Newton's method with lambda fixed).
   *
   * @param lambdas non-negative, finite and strictly increasing
   * @throws IllegalArgumentException if {@code lambdas} are not so
   * @throws PrecisionLimitException if the branch cannot be followed up to the last lambda
   */
  public static List<Point> at(NormalFormGame game, List<Double> lambdas, Options options) {
    checkLambdas(lambdas);
    LogitSystem system = new LogitSystem(game);
    PathFollower follower =
        new PathFollower(system, options.firstStep(), options.maxAcceleration());
    ImmutableList.Builder<Point> result = ImmutableList.builder();
    double[] previous = follower.point();
    int steps = 0;
    for (double target : lambdas) {
      while (follower.lambda() < target) {
        options.watch().checkpoint();
        previous = follower.point();
        if (steps++ == options.maxSteps() || !follower.advance()) {
          throw new PrecisionLimitException(
              "the logit branch could not be followed beyond lambda = " + follower.lambda(),
              "ask for smaller values of --lambda");
        }
      }
      result.add(point(system, crossing(follower, previous, target)));
    }
    return result.build();
  }

  /**
   * The branch point at exactly {@code target}, which lies on the step from {@code before} to the
   * follower's current point: Newton with lambda fixed, from the linear interpolation.
   */
  static double[] crossing(PathFollower follower, double[] before, double target) {
    double[] after = follower.point();
    int n = after.length - 1;
    if (after[n] == target) {
      return after;
    }
    double span = after[n] - before[n];
    double theta = span > 0 ? (target - before[n]) / span : 1;
    double[] guess = new double[after.length];
    for (int k = 0; k < guess.length; k++) {
      guess[k] = before[k] + theta * (after[k] - before[k]);
    }
    Optional<double[]> exact = follower.pointAt(guess, target);
    return exact.orElseThrow(
        () ->
            new PrecisionLimitException(
                "Newton's method did not converge to the QRE at lambda = " + target,
                "ask for a nearby value of --lambda"));
  }

  static Point point(LogitSystem system, double[] z) {
    return new Point(Math.max(0, z[z.length - 1]), system.profile(z));
  }

  private static void checkLambdas(List<Double> lambdas) {
    double previous = Double.NEGATIVE_INFINITY;
    for (double lambda : lambdas) {
      if (!(lambda >= 0) || Double.isInfinite(lambda)) {
        throw new IllegalArgumentException("lambda must be >= 0 and finite but was " + lambda);
      }
      if (!(lambda > previous)) {
        throw new IllegalArgumentException(
            "lambdas must be strictly increasing, but " + lambda + " follows " + previous);
      }
      previous = lambda;
    }
  }
}
