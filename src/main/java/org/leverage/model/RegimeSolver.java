package org.leverage.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.leverage.solve.dynamic.BackwardInductionSolver;
import org.leverage.solve.dynamic.DynamicSolution;
import org.leverage.solve.dynamic.DynamicSolverOptions;
import org.leverage.solve.dynamic.ForwardEvaluator;
import org.leverage.solve.dynamic.ForwardPath;
import org.leverage.solve.dynamic.PreparedGame;
import org.leverage.solve.dynamic.Timing;

/**
 * Solves one regime of reference model v1: backward induction on the grid with the model's tie
 * rules (exact comparison of doubles; China's ties to the US's preference, then DEPEND; the US's
 * ties to the first of OPEN, TARGETED, FULL), then the exact forward pass of the probability mass
 * from {@code x0}, which yields the expected path and the payoff terms.
 *
 * <p>Cost: at most {@code T * Ns * Ne * 2} nodes (only those reachable from the initial state) of 6
 * action pairs with up to 8 successors each, and one forward pass of the same size. Stateless;
 * {@code threads} only splits the states of a period and never changes a result.
 */
public final class RegimeSolver {

  /** Reference model v1's rule: leader-follower with exact floating-point ties. */
  private static final DynamicSolverOptions OPTIONS =
      DynamicSolverOptions.of(Timing.LEADER_FOLLOWER);

  private final int threads;

  /**
   * @param threads worker threads for the backward induction, at least 1
   */
  public RegimeSolver(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1 but was " + threads);
    }
    this.threads = threads;
  }

  /** Solves {@code regime} of the model with parameters {@code parameters}. */
  public RegimeOutcome solve(Parameters parameters, Regime regime) {
    return solve(new ReferenceModelV1(parameters), regime);
  }

  /** Solves {@code regime} of {@code game}. */
  public RegimeOutcome solve(ReferenceModelV1 game, Regime regime) {
    return solve(game, prepare(game), regime);
  }

  /**
   * {@code game} ready for solving its regimes: transitions computed once, and only the nodes
   * reachable from the initial state solved (about a quarter of the baseline's), which gives the
   * same outcome, bit for bit, as solving every node.
   */
  public static PreparedGame prepare(ReferenceModelV1 game) {
    return PreparedGame.reachableFrom(
        game,
        OPTIONS.tolerance(),
        ForwardEvaluator.pointMass(game.numStates(), game.initialState()));
  }

  /** Solves {@code regime} of {@code game}, prepared by {@link #prepare}. */
  public RegimeOutcome solve(ReferenceModelV1 game, PreparedGame prepared, Regime regime) {
    if (prepared.game() != game) {
      throw new IllegalArgumentException("the prepared game is not the game to solve");
    }
    DynamicSolution solution =
        new BackwardInductionSolver(OPTIONS.withThreads(threads))
            .solve(prepared, regime.restriction());
    int x0 = game.initialState();
    ForwardPath forward =
        ForwardEvaluator.evaluate(game, solution, ForwardEvaluator.pointMass(game.numStates(), x0));
    List<PathPoint> path = new ArrayList<>();
    double[] components = new double[ReferenceModelV1.TERMS];
    double[] expectedTerms = new double[ReferenceModelV1.TERMS];
    double discount = 1;
    for (int t = 0; t <= game.horizon(); t++) {
      path.add(pathPoint(game, solution, forward, t, expectedTerms));
      for (int k = 0; k < components.length; k++) {
        components[k] += discount * expectedTerms[k];
      }
      discount *= game.discount();
    }
    return new RegimeOutcome(
        regime,
        solution.value(0, 0, x0),
        solution.value(1, 0, x0),
        new PayoffComponents(
            components[ReferenceModelV1.REVENUE],
            components[ReferenceModelV1.MILITARY_RISK],
            components[ReferenceModelV1.ENFORCEMENT],
            components[ReferenceModelV1.COMPUTE_VALUE],
            components[ReferenceModelV1.INDIGENIZATION]),
        game.actionLabel(0, x0, solution.action(0, 0, x0)),
        game.actionLabel(1, x0, solution.action(1, 0, x0)),
        path,
        solution.nearTies());
  }

  /**
   * The expected state of period {@code t} (and, before the horizon, what is played in it); writes
   * the expected payoff terms of the period to {@code expectedTerms} (zeros at the horizon).
   */
  private static PathPoint pathPoint(
      ReferenceModelV1 game,
      DynamicSolution solution,
      ForwardPath forward,
      int t,
      double[] expectedTerms) {
    boolean played = t < game.horizon();
    double[] dist = forward.distribution(t);
    double[] terms = new double[ReferenceModelV1.TERMS];
    Arrays.fill(expectedTerms, 0);
    double s = 0;
    double e = 0;
    double crisis = 0;
    double fe = 0;
    double commercial = 0;
    double military = 0;
    for (int state = 0; state < dist.length; state++) {
      double mass = dist[state];
      if (mass == 0) {
        continue;
      }
      double si = game.selfSufficiency(state);
      double ei = game.chokepoint(state);
      s += mass * si;
      e += mass * ei;
      crisis += mass * ReferenceModelV1.crisis(state);
      fe += mass * (1 - si) * ei;
      if (played) {
        int a = solution.action(0, t, state);
        commercial += mass * game.commercialReach(state, a);
        military += mass * game.militaryReach(state, a);
        game.terms(t, state, a, solution.action(1, t, state), terms);
        for (int k = 0; k < terms.length; k++) {
          expectedTerms[k] += mass * terms[k];
        }
      }
    }
    Parameters p = game.parameters();
    double leverage =
        p.get(ParameterKey.MILITARY_RISK_WEIGHT)
            * p.get(ParameterKey.CRISIS_WEIGHT)
            * game.strategicValue(t)
            * fe;
    Optional<PathPoint.Play> play =
        played
            ? Optional.of(
                new PathPoint.Play(
                    forward.actionProbability(0, t, ReferenceModelV1.OPEN),
                    forward.actionProbability(0, t, ReferenceModelV1.TARGETED),
                    forward.actionProbability(0, t, ReferenceModelV1.FULL),
                    forward.actionProbability(1, t, ReferenceModelV1.INDIGENIZE),
                    commercial,
                    military,
                    forward.expectedPayoff(0, t),
                    forward.expectedPayoff(1, t)))
            : Optional.empty();
    double year = t * p.get(ParameterKey.PERIOD_YEARS);
    return new PathPoint(t, year, s, e, crisis, fe, leverage, play);
  }
}
