package org.leverage.solve.pure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.SolverLimitException;

/**
 * All pure-strategy Nash equilibria of an n-player normal-form game, exact.
 *
 * <p>Algorithm: a cell (pure profile) is an equilibrium when every player's strategy in it is a
 * best response to the others' strategies. For each player {@code p} the cells split into
 * groups that differ only in {@code p}'s strategy (cells {@code base + k * stride(p)}); the
 * best-response value of each group is computed once and every cell of the group that attains
 * it stays marked. Cells marked for every player are the equilibria. Gambit's {@code enumpure}
 * instead tries every deviation from every cell ({@code cells x sum of strategies} reads);
 * here each payoff is read at most once, and groups whose cells are all ruled out already by
 * earlier players are skipped.
 *
 * <p>Exactness: the maximum of a group is found in the game's {@code double} view, and only
 * the strategies whose {@code double} payoff is within a proven rounding bound of that maximum
 * are compared in exact rationals. In the usual case a single strategy is within the bound and
 * no exact arithmetic is needed; ties and near-ties are always decided exactly. For a player
 * with a payoff whose numerator or denominator is too large for the rounding bound to hold (see
 * {@link #SCREENABLE_BITS}), every comparison is exact.
 *
 * <p>Complexity: {@code O(players x cells)} payoff reads plus the exact comparisons of near-ties
 * and the construction of the equilibria. Degenerate games (ties everywhere, e.g. all payoffs
 * equal) are handled exactly; their number of equilibria can be as large as the number of
 * cells, which is why {@link Options#maxEquilibria()} bounds it.
 *
 * <p>Counters: {@code cellsChecked}, the number of payoff entries (player, cell) read; {@code
 * exactComparisons}, the number of exact rational comparisons made.
 */
public final class PureEquilibriumSolver implements EquilibriumSolver {

  /** The method's command-line name. */
  public static final String METHOD = "pure";

  /**
   * Payoffs whose numerator and denominator both have at most this many bits convert to a
   * normal {@code double} (magnitude between 2^-1000 and 2^1000) with a relative error of at
   * most four units in the last place: one rounding for each of the numerator, the denominator
   * and their quotient ({@code BigFraction.doubleValue}).
   */
  static final int SCREENABLE_BITS = 1000;

  /**
   * A strategy whose {@code double} payoff is below the group's {@code double} maximum {@code
   * M} by more than {@code |M|} times this is certainly not a best response: with relative
   * conversion errors of at most 2^-51 on both values the exact order cannot differ. This is a
   * rounding-error bound, not a tolerance: it never decides an answer, it only decides which
   * comparisons are made exactly.
   */
  private static final double RELATIVE_SCREEN = 0x1p-48;

  /**
   * Options.
   *
   * @param maxEquilibria the most equilibria to return; a game with more throws {@link
   *     SolverLimitException} instead of exhausting memory
   */
  public record Options(int maxEquilibria) {

    /** At most 100,000 equilibria. */
    public static final Options DEFAULT = new Options(100_000);

    public Options {
      if (maxEquilibria < 1) {
        throw new IllegalArgumentException(
            "maxEquilibria must be at least 1 but was " + maxEquilibria);
      }
    }
  }

  private final Options options;

  public PureEquilibriumSolver() {
    this(Options.DEFAULT);
  }

  public PureEquilibriumSolver(Options options) {
    this.options = options;
  }

  public Options options() {
    return options;
  }

  /**
   * Finds every pure-strategy Nash equilibrium.
   *
   * @return the equilibria as {@link MixedProfile#pure pure profiles} in canonical order;
   *     always exact
   * @throws SolverLimitException if the game has more than {@link Options#maxEquilibria()}
   *     pure equilibria
   */
  @Override
  public Result solve(NormalFormGame game) {
    boolean[] stable = new boolean[game.numCells()];
    Arrays.fill(stable, true);
    long[] work = new long[2]; // cellsChecked, exactComparisons
    for (int p = 0; p < game.numPlayers(); p++) {
      keepBestResponses(game, p, stable, work);
    }
    List<int[]> profiles = new ArrayList<>();
    for (int c = 0; c < stable.length; c++) {
      if (stable[c]) {
        if (profiles.size() == options.maxEquilibria()) {
          throw new SolverLimitException(
              "game "
                  + game
                  + " has more than "
                  + options.maxEquilibria()
                  + " pure equilibria; raise the limit of equilibria or eliminate dominated"
                  + " strategies first");
        }
        profiles.add(game.strategiesOfCell(c));
      }
    }
    // Lexicographic by player 1's strategy first is the canonical order of pure profiles, so
    // the result's own sort has nothing left to do.
    profiles.sort(Arrays::compare);
    ImmutableList.Builder<MixedProfile> equilibria = ImmutableList.builder();
    for (int[] s : profiles) {
      equilibria.add(MixedProfile.pure(game, s));
    }
    return new Result(
        METHOD,
        true,
        equilibria.build(),
        ImmutableMap.of("cellsChecked", work[0], "exactComparisons", work[1]));
  }

  /**
   * Clears {@code stable[c]} for every cell {@code c} where {@code player} does not
   * best-respond. Groups whose cells are all cleared already are skipped.
   */
  private static void keepBestResponses(
      NormalFormGame game, int player, boolean[] stable, long[] work) {
    int n = game.numStrategies(player);
    int stride = game.stride(player);
    int block = stride * n;
    boolean screen = isScreenable(game, player);
    double[] values = new double[n];
    int[] candidates = new int[n];
    for (int high = 0; high < stable.length; high += block) {
      for (int base = high; base < high + stride; base++) {
        if (!anyStable(stable, base, stride, n)) {
          continue;
        }
        int numCandidates;
        if (screen) {
          double max = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < n; k++) {
            double v = game.payoffAsDouble(player, base + k * stride);
            values[k] = v;
            max = Math.max(max, v);
          }
          double threshold = max - Math.abs(max) * RELATIVE_SCREEN;
          numCandidates = 0;
          for (int k = 0; k < n; k++) {
            if (values[k] >= threshold) {
              candidates[numCandidates++] = k;
            }
          }
        } else {
          for (int k = 0; k < n; k++) {
            candidates[k] = k;
          }
          numCandidates = n;
        }
        work[0] += n;
        if (numCandidates > 1) {
          numCandidates =
              keepExactMaxima(game, player, base, stride, candidates, numCandidates, work);
        }
        clearAllBut(stable, base, stride, n, candidates, numCandidates);
      }
    }
  }

  /**
   * Narrows {@code candidates[0..count)} to those with the exact maximum payoff, in place.
   *
   * @return the new count
   */
  private static int keepExactMaxima(
      NormalFormGame game,
      int player,
      int base,
      int stride,
      int[] candidates,
      int count,
      long[] work) {
    BigFraction best = game.payoff(player, base + candidates[0] * stride);
    int kept = 1;
    for (int i = 1; i < count; i++) {
      BigFraction v = game.payoff(player, base + candidates[i] * stride);
      int cmp = v.compareTo(best);
      work[1]++;
      if (cmp > 0) {
        best = v;
        candidates[0] = candidates[i];
        kept = 1;
      } else if (cmp == 0) {
        candidates[kept++] = candidates[i];
      }
    }
    return kept;
  }

  private static boolean anyStable(boolean[] stable, int base, int stride, int n) {
    for (int k = 0; k < n; k++) {
      if (stable[base + k * stride]) {
        return true;
      }
    }
    return false;
  }

  /** Clears the group's cells except the {@code count} best responses (in increasing order). */
  private static void clearAllBut(
      boolean[] stable, int base, int stride, int n, int[] keep, int count) {
    int next = 0;
    for (int k = 0; k < n; k++) {
      if (next < count && keep[next] == k) {
        next++;
      } else {
        stable[base + k * stride] = false;
      }
    }
  }

  /** Whether every payoff of {@code player} converts to {@code double} within the bound. */
  private static boolean isScreenable(NormalFormGame game, int player) {
    for (int c = 0; c < game.numCells(); c++) {
      BigFraction u = game.payoff(player, c);
      if (u.getNumerator().bitLength() > SCREENABLE_BITS
          || u.getDenominator().bitLength() > SCREENABLE_BITS) {
        return false;
      }
    }
    return true;
  }
}
