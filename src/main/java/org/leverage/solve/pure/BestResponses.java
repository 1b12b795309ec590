package org.leverage.solve.pure;

import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;

/**
 * Exact best responses of one player in every cell of a normal-form game, in one pass over the
 * player's payoffs. The building block of {@link PureEquilibriumSolver} and of the dominance
 * eliminator's test that a strategy is a best response somewhere.
 *
 * <p>For a player {@code p} the cells split into groups that differ only in {@code p}'s strategy
 * (cells {@code base + k * stride(p)}, one group per profile of the others). The maximum of each
 * group is found in the game's {@code double} view, and only the strategies whose {@code double}
 * payoff is within a proven rounding bound of that maximum are compared in exact rationals. In the
 * usual case a single strategy is within the bound and no exact arithmetic is needed; ties and
 * near-ties are always decided exactly. For a player with a payoff whose numerator or denominator
 * is too large for the rounding bound to hold (see {@link #SCREENABLE_BITS}), every comparison is
 * exact.
 *
 * <p>Complexity: one read of each of the player's payoffs in groups not skipped, plus one exact
 * comparison per near-tie.
 */
public final class BestResponses {

  private BestResponses() {}

  /**
   * Payoffs whose numerator and denominator both have at most this many bits convert to a normal
   * {@code double} (magnitude between 2^-1000 and 2^1000) with a relative error of at most four
   * units in the last place: one rounding for each of the numerator, the denominator and their
   * quotient ({@code BigFraction.doubleValue}).
   */
  public static final int SCREENABLE_BITS = 1000;

  /**
   * A strategy whose {@code double} payoff is below the group's {@code double} maximum {@code M} by
   * more than {@code |M|} times this is certainly not a best response: with relative conversion
   * errors of at most 2^-51 on both values the exact order cannot differ. This is a rounding-error
   * bound, not a tolerance: it never decides an answer, it only decides which comparisons are made
   * exactly.
   */
  private static final double RELATIVE_SCREEN = 0x1p-48;

  /**
   * What one call read and compared.
   *
   * @param payoffsRead payoff entries of the player read
   * @param exactComparisons exact rational comparisons made
   */
  public record Work(long payoffsRead, long exactComparisons) {}

  /**
   * Clears {@code cells[c]} for every cell {@code c} where {@code player} does not best-respond to
   * the others' strategies, exactly. Groups of cells that differ only in {@code player}'s strategy
   * and are all cleared already are skipped, so that successive calls for several players on the
   * same array only look where something is left.
   *
   * @param cells one flag per cell of {@code game}, updated in place
   * @throws IllegalArgumentException if {@code cells} does not have one flag per cell
   */
  public static Work retain(NormalFormGame game, int player, boolean[] cells) {
    if (cells.length != game.numCells()) {
      throw new IllegalArgumentException(
          "cell flags have length " + cells.length + "; expected " + game.numCells());
    }
    long payoffsRead = 0;
    long exactComparisons = 0;
    int n = game.numStrategies(player);
    int stride = game.stride(player);
    int block = stride * n;
    boolean screen = isScreenable(game, player);
    double[] values = new double[n];
    int[] candidates = new int[n];
    for (int high = 0; high < cells.length; high += block) {
      for (int base = high; base < high + stride; base++) {
        if (!anySet(cells, base, stride, n)) {
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
        payoffsRead += n;
        if (numCandidates > 1) {
          exactComparisons += numCandidates - 1;
          numCandidates = keepExactMaxima(game, player, base, stride, candidates, numCandidates);
        }
        clearAllBut(cells, base, stride, n, candidates, numCandidates);
      }
    }
    return new Work(payoffsRead, exactComparisons);
  }

  /**
   * Narrows {@code candidates[0..count)} (increasing) to those with the exact maximum payoff, in
   * place and still increasing, with {@code count - 1} exact comparisons.
   *
   * @return the new count
   */
  private static int keepExactMaxima(
      NormalFormGame game, int player, int base, int stride, int[] candidates, int count) {
    BigFraction best = game.payoff(player, base + candidates[0] * stride);
    int kept = 1;
    for (int i = 1; i < count; i++) {
      BigFraction v = game.payoff(player, base + candidates[i] * stride);
      int cmp = v.compareTo(best);
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

  private static boolean anySet(boolean[] cells, int base, int stride, int n) {
    for (int k = 0; k < n; k++) {
      if (cells[base + k * stride]) {
        return true;
      }
    }
    return false;
  }

  /** Clears the group's cells except the {@code count} best responses (in increasing order). */
  private static void clearAllBut(
      boolean[] cells, int base, int stride, int n, int[] keep, int count) {
    int next = 0;
    for (int k = 0; k < n; k++) {
      if (next < count && keep[next] == k) {
        next++;
      } else {
        cells[base + k * stride] = false;
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
