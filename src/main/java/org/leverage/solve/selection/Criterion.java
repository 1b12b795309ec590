package org.leverage.solve.selection;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.UsageException;

/** The selection criteria by their command-line names ({@code --select}). */
public enum Criterion {
  PARETO("pareto", "Pareto efficiency", new ParetoSelector()),
  PAYOFF("payoff", "payoff dominance", new PayoffDominanceSelector()),
  RISK("risk", "risk dominance", new RiskDominanceSelector()),
  LOGIT("logit", "the logit limit", new LogitLimitSelector());

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
   * @throws UsageException for an unknown name
   */
  public static Criterion named(String name) {
    for (Criterion c : values()) {
      if (c.cliName.equals(name)) {
        return c;
      }
    }
    throw new UsageException("--select must be one of " + names() + " but was \"" + name + "\"");
  }
}
