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
import org.leverage.solve.dynamic.PreparedGame;

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
   * @param threads worker threads: with more than one, the regimes are solved side by side; results
   *     do not depend on it
   */
  public static RegimeComparison compare(Scenario scenario, List<Regime> regimes, int threads) {
    if (regimes.isEmpty()) {
      throw new IllegalArgumentException("at least one regime must be compared");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    ReferenceModelV1 game = new ReferenceModelV1(scenario.parameters());
    PreparedGame prepared = RegimeSolver.prepare(game);
    List<Regime> solved =
        java.util.Arrays.stream(Regime.values()).filter(regimes::contains).toList();
    List<RegimeOutcome> outcomes =
        threads == 1 || solved.size() == 1
            ? solved.stream().map(r -> new RegimeSolver(threads).solve(game, prepared, r)).toList()
            : concurrently(game, prepared, solved, threads);
    return new RegimeComparison(scenario, outcomes, verdict(outcomes));
  }

  /**
   * Solves the regimes side by side, one worker each (at most {@code threads}); each solve is
   * independent, so the outcomes are those of one thread.
   */
  private static List<RegimeOutcome> concurrently(
      ReferenceModelV1 game, PreparedGame prepared, List<Regime> regimes, int threads) {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            Math.min(threads, regimes.size()),
            r -> {
              Thread t = new Thread(r, "leverage-regime-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      List<java.util.concurrent.Future<RegimeOutcome>> futures = new ArrayList<>();
      for (Regime r : regimes) {
        futures.add(pool.submit(() -> new RegimeSolver(1).solve(game, prepared, r)));
      }
      List<RegimeOutcome> out = new ArrayList<>();
      for (java.util.concurrent.Future<RegimeOutcome> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solving the regimes", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
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
      question =
          Optional.of(
              new Verdict.Question(
                  Verdict.Question.preferredFor(advantage),
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
