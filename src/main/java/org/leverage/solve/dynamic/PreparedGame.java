package org.leverage.solve.dynamic;

import java.util.Objects;
import org.leverage.game.dynamic.DynamicGame;
import org.leverage.numeric.Tolerance;

/**
 * A finite-horizon dynamic game made ready for backward induction: its transitions computed and
 * validated once when they do not depend on the period (once per base and action pair when the
 * state has phases, {@link DynamicGame#phases()}), and optionally the nodes (period, state) that
 * can be reached from an initial distribution. Solving several action restrictions of one game (the
 * policy regimes of a comparison) from one prepared game does this work once. Immutable and
 * thread-safe.
 *
 * <p>Reachability is taken under every action pair of the game, not under a restriction, so one
 * prepared game serves every restriction: a node reachable under some restriction is reachable
 * here. The values of a reachable node depend only on reachable successors, so backward induction
 * over the reachable nodes gives the same numbers, bit for bit, as over all nodes; the others are
 * left unsolved ({@link DynamicSolution#isSolved}).
 */
public final class PreparedGame {

  private final DynamicGame game;
  private final TransitionCache cache;

  /** 1, or the phases of a phased cache: then {@link #units} are bases, not states. */
  private final int m;

  /** Per period before the horizon, whether each state (or base) is reached; null: all are. */
  private final boolean[][] units;

  /** Per period, whether each phase is reached, when {@code m > 1}. */
  private final boolean[][] phases;

  private PreparedGame(
      DynamicGame game, TransitionCache cache, int m, boolean[][] units, boolean[][] phases) {
    this.game = game;
    this.cache = cache;
    this.m = m;
    this.units = units;
    this.phases = phases;
  }

  /** Every node of {@code game}, with transitions validated against {@code tolerance}. */
  public static PreparedGame of(DynamicGame game, Tolerance tolerance) {
    try (Workers workers = new Workers(1)) {
      return of(game, tolerance, workers);
    }
  }

  static PreparedGame of(DynamicGame game, Tolerance tolerance, Workers workers) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(tolerance, "tolerance");
    TransitionCache cache =
        game.stationaryTransitions()
            ? TransitionCache.build(game, tolerance, workers, game.phases() > 1)
            : null;
    return new PreparedGame(game, cache, 1, null, null);
  }

  /**
   * The nodes of {@code game} reachable from {@code initial}: in period 0 the states with positive
   * probability, in period t + 1 every successor, under any action pair, of a state reachable in
   * period t.
   *
   * @param initial the distribution of the state in period 0: one finite, non-negative probability
   *     per state, not all zero
   */
  public static PreparedGame reachableFrom(
      DynamicGame game, Tolerance tolerance, double[] initial) {
    PreparedGame all = of(game, tolerance);
    if (initial.length != game.numStates()) {
      throw new IllegalArgumentException(
          "initial distribution has " + initial.length + " entries; expected " + game.numStates());
    }
    int horizon = game.horizon();
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon must be at least 1 period but was " + horizon);
    }
    boolean[][] reached = new boolean[horizon][game.numStates()];
    boolean any = false;
    for (int s = 0; s < initial.length; s++) {
      if (!(initial[s] >= 0) || initial[s] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(
            "initial probability of state " + s + " must be finite and >= 0 but was " + initial[s]);
      }
      reached[0][s] = initial[s] > 0;
      any |= reached[0][s];
    }
    if (!any) {
      throw new IllegalArgumentException("initial distribution has no state with positive mass");
    }
    TransitionCache cache = all.cache;
    if (cache != null && cache.phases > 1) {
      return phased(game, cache, reached[0]);
    }
    int[] succ = new int[Math.max(1, game.maxSuccessors())];
    double[] prob = new double[succ.length];
    for (int t = 0; t + 1 < horizon; t++) {
      for (int s = 0; s < game.numStates(); s++) {
        if (reached[t][s]) {
          all.markSuccessors(t, s, tolerance, reached[t + 1], succ, prob);
        }
      }
    }
    return new PreparedGame(game, cache, 1, reached, null);
  }

  /**
   * Reachability with a phased cache: bases move whatever the phase and phases whatever the base,
   * so a state is reachable when its base and its phase are (exactly so after period 0, a superset
   * in period 0 when the initial distribution is not a product).
   */
  private static PreparedGame phased(DynamicGame game, TransitionCache cache, boolean[] initial) {
    int m = cache.phases;
    int horizon = game.horizon();
    boolean[][] base = new boolean[horizon][game.numStates() / m];
    boolean[][] phase = new boolean[horizon][m];
    for (int s = 0; s < initial.length; s++) {
      base[0][s / m] |= initial[s];
      phase[0][s % m] |= initial[s];
    }
    for (int t = 0; t + 1 < horizon; t++) {
      for (int u = 0; u < base[t].length; u++) {
        if (base[t][u]) {
          for (int a = 0; a < game.numActions(0, u * m); a++) {
            for (int b = 0; b < game.numActions(1, u * m); b++) {
              int c = cache.cell(u * m, a, b);
              int off = cache.offset(c);
              for (int r = off; r < off + cache.count[c]; r++) {
                base[t + 1][cache.successors[r]] = true;
              }
            }
          }
        }
      }
      for (int p = 0; p < m; p++) {
        for (int q = 0; q < m; q++) {
          phase[t + 1][q] |= phase[t][p] && cache.phaseMoves(p, q);
        }
      }
    }
    return new PreparedGame(game, cache, m, base, phase);
  }

  private void markSuccessors(
      int t, int state, Tolerance tolerance, boolean[] into, int[] succ, double[] prob) {
    for (int a = 0; a < game.numActions(0, state); a++) {
      for (int b = 0; b < game.numActions(1, state); b++) {
        if (cache != null) {
          int c = cache.cell(state, a, b);
          int off = cache.offset(c);
          for (int r = off; r < off + cache.count[c]; r++) {
            into[cache.successors[r]] = true;
          }
        } else {
          int k = game.transition(t, state, a, b, succ, prob);
          TransitionCache.validate(game, tolerance, t, state, a, b, k, succ, prob);
          for (int r = 0; r < k; r++) {
            into[succ[r]] = true;
          }
        }
      }
    }
  }

  public DynamicGame game() {
    return game;
  }

  /** The transitions computed once, or null when they depend on the period or do not fit. */
  TransitionCache cache() {
    return cache;
  }

  /** Whether backward induction solves {@code state} in {@code period} (before the horizon). */
  boolean reached(int period, int state) {
    return units == null
        || (m == 1 ? units[period][state] : units[period][state / m] && phases[period][state % m]);
  }

  /** Whether the states of {@code base} are solved in {@code period}; with a phased cache. */
  boolean reachedBase(int period, int base) {
    return units == null || units[period][base];
  }
}
