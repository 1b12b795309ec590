package org.leverage.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.leverage.model.Parameters;
import org.leverage.model.ReferenceModelV1;
import org.leverage.model.Regime;
import org.leverage.model.RegimeOutcome;
import org.leverage.model.RegimeSolver;
import org.leverage.model.Scenario;

/**
 * The regimes of a scenario solved side by side, and the verdict: which regime gives the US most,
 * by how much, at what cost to China, and what commitment is worth. Immutable.
 *
 * @param scenario the scenario as compared (after any what-if changes)
 * @param outcomes one per regime solved, in the order of {@link Regime}
 * @param verdict the answer drawn from the outcomes
 */
public record RegimeComparison(Scenario scenario, List<RegimeOutcome> outcomes, Verdict verdict) {

  public RegimeComparison {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(verdict, "verdict");
    outcomes = ImmutableList.copyOf(outcomes);
  }

  /**
   * Solves {@code regimes} (each once, in the order of {@link Regime}) of {@code scenario} and
   * draws the verdict.
   *
   * @param threads worker threads of each solve; results do not depend on it
   */
  public static RegimeComparison compare(Scenario scenario, List<Regime> regimes, int threads) {
    if (regimes.isEmpty()) {
      throw new IllegalArgumentException("at least one regime must be compared");
    }
    ReferenceModelV1 game = new ReferenceModelV1(scenario.parameters());
    RegimeSolver solver = new RegimeSolver(threads);
    List<RegimeOutcome> outcomes = new ArrayList<>();
    for (Regime r : Regime.values()) {
      if (regimes.contains(r)) {
        outcomes.add(solver.solve(game, r));
      }
    }
    return new RegimeComparison(scenario, outcomes, verdict(outcomes));
  }

  /** The outcome of {@code regime}, if it was solved. */
  public Optional<RegimeOutcome> outcome(Regime regime) {
    return outcomes.stream().filter(o -> o.regime() == regime).findFirst();
  }

  /** The parameters compared. */
  public Parameters parameters() {
    return scenario.parameters();
  }

  /**
   * The verdict drawn from {@code outcomes} (each regime at most once, in {@link Regime} order).
   */
  static Verdict verdict(List<RegimeOutcome> outcomes) {
    Map<Regime, RegimeOutcome> by = new EnumMap<>(Regime.class);
    long nearTies = 0;
    for (RegimeOutcome o : outcomes) {
      by.put(o.regime(), o);
      nearTies += o.nearTies();
    }
    RegimeOutcome best = bestForUs(outcomes).orElseThrow();
    Optional<RegimeOutcome> bestCommitted =
        bestForUs(outcomes.stream().filter(o -> o.regime().isCommitted()).toList());
    Optional<Double> commitment = Optional.empty();
    RegimeOutcome equilibrium = by.get(Regime.EQUILIBRIUM);
    if (equilibrium != null && bestCommitted.isPresent()) {
      commitment = Optional.of(bestCommitted.get().usValue() - equilibrium.usValue());
    }
    Optional<Verdict.Question> question = Optional.empty();
    RegimeOutcome fd = by.get(Regime.FULL_DECOUPLING);
    RegimeOutcome sd = by.get(Regime.STRATEGIC_DEPENDENCY);
    if (fd != null && sd != null) {
      double advantage = sd.usValue() - fd.usValue();
      Optional<Regime> preferred =
          advantage > 0
              ? Optional.of(Regime.STRATEGIC_DEPENDENCY)
              : advantage < 0 ? Optional.of(Regime.FULL_DECOUPLING) : Optional.empty();
      question =
          Optional.of(
              new Verdict.Question(
                  preferred,
                  advantage,
                  100 * advantage / Math.abs(fd.usValue()),
                  sd.chinaValue() - fd.chinaValue(),
                  sd.components().minus(fd.components())));
    }
    return new Verdict(
        question, best.regime(), bestCommitted.map(RegimeOutcome::regime), commitment, nearTies);
  }

  /** The outcome with the highest US payoff; an exact tie goes to the first. */
  private static Optional<RegimeOutcome> bestForUs(List<RegimeOutcome> outcomes) {
    RegimeOutcome best = null;
    for (RegimeOutcome o : outcomes) {
      if (best == null || o.usValue() > best.usValue()) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }
}
