package org.leverage.solve.selection;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.UsageException;

/**
 * The selection criteria by their command-line names ({@code --select}).
 *
 * <p>Extension point: the logit limit (the equilibrium the principal branch of the logit quantal
 * response correspondence converges to as precision grows; McKelvey and Palfrey 1995, Turocy 2005)
 * is not here yet. The integrator of the logit QRE path adds a constant {@code LOGIT("logit",
 * "logit limit", ...)} with a {@link Selector} that follows the path and matches its limit to one
 * of the listed equilibria, and removes {@link #NOT_YET_AVAILABLE}'s entry; until then {@code
 * --select logit} is refused by {@link #named}.
 */
public enum Criterion {
  PARETO("pareto", "Pareto efficiency", new ParetoSelector()),
  PAYOFF("payoff", "payoff dominance", new PayoffDominanceSelector()),
  RISK("risk", "risk dominance", new RiskDominanceSelector());

  /** Criteria that are planned but not built, by name, with what to use meanwhile. */
  static final List<String> NOT_YET_AVAILABLE = List.of("logit");

  private final String cliName;
  private final String description;
  private final Selector selector;

  Criterion(String cliName, String description, Selector selector) {
    this.cliName = cliName;
    this.description = description;
    this.selector = selector;
  }

  /** The command-line name. */
  public String cliName() {
    return cliName;
  }

  /** What the criterion is called in prose: {@code "risk dominance"}. */
  public String description() {
    return description;
  }

  /** Applies this criterion to {@code equilibria} of {@code game}. */
  public Selection select(NormalFormGame game, List<MixedProfile> equilibria) {
    return selector.select(game, equilibria);
  }

  /** Every available name, in order: {@code "pareto, payoff, risk"}. */
  public static String names() {
    return Arrays.stream(values()).map(Criterion::cliName).collect(Collectors.joining(", "));
  }

  /**
   * The criterion of this command-line name.
   *
   * @throws UsageException for an unknown name, or one not available yet ({@code logit})
   */
  public static Criterion named(String name) {
    for (Criterion c : values()) {
      if (c.cliName.equals(name)) {
        return c;
      }
    }
    if (NOT_YET_AVAILABLE.contains(name)) {
      throw new UsageException(
          "--select "
              + name
              + " (the logit limit) is not available yet: it needs the logit QRE path; use one of "
              + names());
    }
    throw new UsageException("--select must be one of " + names() + " but was \"" + name + "\"");
  }
}
