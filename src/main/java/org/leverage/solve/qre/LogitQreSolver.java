package org.leverage.solve.qre;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Objects;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.PrecisionLimitException;
import org.leverage.solve.Watch;

/**
 * One Nash equilibrium of a strategic game with any number of players: the limit of the principal
 * branch of the logit QRE correspondence ({@link LogitBranch}), as {@code gambit-logit -e} prints
 * it. The branch is traced until its regret is below {@link LogitBranch.Options#relativeRegret}
 * times the payoff range or lambda reaches {@link LogitBranch.Options#lambdaBound}; its last point
 * is then polished by Newton's method on the indifference equations of its support ({@link
 * SupportPolish}), which turns the {@code O(1/lambda)} error of a mixed limit into rounding error.
 * The equilibrium is reported with its regret.
 *
 * <p>For almost every game the branch converges to a unique equilibrium (McKelvey and Palfrey
 * 1995), which this selects; the result is never complete. Floating point; the cost is that of the
 * trace, typically a few hundred steps.
 */
public final class LogitQreSolver implements ApproximateSolver {

  /** The command-line name. */
  public static final String METHOD = "qre";

  /** The regret, relative to the payoff range, below which the limit is accepted. */
  public static final double ACCEPTED_RELATIVE_REGRET = 1e-5;

  private final LogitBranch.Options options;

  public LogitQreSolver(LogitBranch.Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public LogitQreSolver() {
    this(LogitBranch.Options.DEFAULT);
  }

  /**
   * @throws PrecisionLimitException if the branch ends (cannot be followed, or reaches the maximum
   *     lambda) at a profile whose regret, even after polishing, is above the accepted regret
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    Limit limit = limit(game, options.withWatch(watch));
    double tolerance = tolerance(game);
    if (limit.equilibrium().regret() > tolerance) {
      throw new PrecisionLimitException(
          "the logit branch ended at lambda = "
              + limit.lambda()
              + " with regret "
              + limit.equilibrium().regret()
              + ", above the accepted "
              + tolerance,
          "the game may be degenerate; see where the branch goes with --branch");
    }
    watch.foundApproximately(limit.equilibrium());
    return new Result(
        METHOD,
        List.of(limit.equilibrium()),
        tolerance,
        false,
        ImmutableMap.of("steps", (long) limit.steps(), "polished", limit.polished() ? 1L : 0L));
  }

  @Override
  public double tolerance(NormalFormGame game) {
    return ACCEPTED_RELATIVE_REGRET * LogitBranch.payoffRange(game);
  }

  /**
   * The end of the principal branch, polished.
   *
   * @param equilibrium the limit with its regret
   * @param lambda the lambda of the last traced point
   * @param steps the accepted steps of the trace
   * @param polished whether polishing improved the last traced point
   */
  public record Limit(Equilibrium equilibrium, double lambda, int steps, boolean polished) {}

  /** The polished limit of the principal branch of {@code game}, whatever its regret. */
  public static Limit limit(NormalFormGame game, LogitBranch.Options options) {
    LogitBranch.Trace trace = LogitBranch.trace(game, options);
    DecimalProfile traced = trace.last().profile();
    var polished = SupportPolish.polish(game, traced);
    return new Limit(
        Equilibrium.of(game, polished.orElse(traced)),
        trace.last().lambda(),
        trace.points().size() - 1,
        polished.isPresent());
  }
}
