package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.numeric.IntegerPivoting;
import org.leverage.solve.PivotLimitException;
import org.leverage.solve.Watch;

/**
 * One Nash equilibrium of a two-player tree with perfect recall (general-sum), by Lemke's algorithm
 * on the linear complementarity problem of the sequence form (D. Koller, N. Megiddo, B. von
 * Stengel, "Efficient computation of equilibria for extensive two-person games", Games and Economic
 * Behavior 14, 1996; B. von Stengel, "Efficient computation of behavior strategies", ibid.). This
 * is what {@code gambit-lcp} computes on a tree.
 *
 * <p><b>The LCP.</b> With realisation plans {@code x, y} ({@link SequenceForm}), constraint
 * matrices {@code E, F} and payoffs {@code A, B} shifted by a constant {@code c} (one more than the
 * largest payoff along any play, Gambit's shift) so that every leaf's entry is negative: find
 * {@code z = (x, y, p, q) >= 0} with {@code w = qv + M z >= 0} and {@code z'w = 0}, where
 *
 * <pre>
 *   w_x = -A* y   - E^T p      w_p = E x - e
 *   w_y = -B*^T x - F^T q      w_q = F y - f
 * </pre>
 *
 * ({@code A* = A - c L}, {@code L} the chance probability of the leaves at each pair of sequences;
 * {@code x' L y = 1} for all plans, so the shift changes no strategic comparison). At a solution
 * {@code -p} and {@code -q} are the dual prices of the two players' best-response programs, so each
 * plan is a best response to the other. This is Gambit's layout: variables (and rows) in the order
 * x, y, p, q, sequences numbered as in {@link SequenceForm}.
 *
 * <p><b>The path.</b> Lemke's algorithm with an artificial variable {@code z0} and covering vector
 * {@code d}: all ones except {@code 1/1000} on the row of player 1's empty sequence, the vector of
 * Gambit's first run (we scale it by 1000, which changes nothing but {@code z0}'s scale). The first
 * pivot brings {@code z0} in for {@code w} of player 1's empty-sequence constraint (it ties with
 * player 2's; Gambit takes player 1's). Every later ratio test is lexicographic (the perturbation
 * {@code qv + (eps^k)} with the rows ordered x, y, player 2's empty-sequence row, then the other p
 * and q rows, which agrees with that first choice), so the path never cycles and is fully
 * determined. With these conventions the path is Gambit's: on each of the 110 conformance trees
 * that {@code gambit-lcp} solves our row equals Gambit's. Arithmetic is exact: fraction-free
 * integer pivoting ({@link IntegerPivoting}) on a tableau whose rows are scaled to integers.
 *
 * <p><b>Result.</b> Behaviour strategies are the plans' action weights over their sum at each
 * information set (the weight of the leading sequence; dividing by the sum keeps rows distributions
 * even where the inequality {@code E x >= e} is slack, which only a set that no play reaches
 * allows). Where that sum is 0 the player's own plan never reaches the set, and the set is played
 * uniformly: Gambit's convention ({@code UndefinedToCentroid}) for {@code gambit-lcp}. The profile
 * is certified before it is returned: no player gains by a best response, computed exactly by a
 * backward sweep over the sequence form.
 *
 * <p>Cost: each pivot is {@code O(n^2)} big-integer operations on the {@code n = sequences +
 * information sets + 2} rows; the number of pivots is usually small but can be exponential in the
 * worst case, hence {@link Options#maxPivots()}. Refuses, with {@link IllegalArgumentException},
 * trees that do not have two players or lack perfect recall. Degenerate trees (ties) are handled by
 * the lexicographic rule.
 */
public final class SequenceFormLcpSolver {

  /** Gambit's covering vector is 1/1000 on the first row and 1 elsewhere; we scale it by 1000. */
  private static final BigInteger COVER = BigInteger.valueOf(1000);

  /**
   * @param maxPivots the most pivots before giving up with a {@link PivotLimitException}
   */
  public record Options(long maxPivots) {
    public static final Options DEFAULT = new Options(1_000_000);

    public Options {
      if (maxPivots < 1) {
        throw new IllegalArgumentException("maxPivots must be at least 1 but was " + maxPivots);
      }
    }
  }

  /**
   * @param equilibrium the equilibrium as behaviour strategies (uniform where the player's own plan
   *     never reaches a set), certified exactly
   * @param payoffs each player's expected payoff in it
   * @param counters {@code sequences1}, {@code sequences2}, {@code pivots}
   */
  public record Result(
      BehaviourProfile equilibrium, List<BigFraction> payoffs, Map<String, Long> counters) {
    public Result {
      Objects.requireNonNull(equilibrium, "equilibrium");
      payoffs = ImmutableList.copyOf(payoffs);
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }

  private final Options options;

  public SequenceFormLcpSolver(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public SequenceFormLcpSolver() {
    this(Options.DEFAULT);
  }

  public Options options() {
    return options;
  }

  public Result solve(ExtensiveGame game) {
    return solve(game, Watch.NONE);
  }

  /** As {@link #solve(ExtensiveGame)}, stopping between pivots when {@code watch} says so. */
  public Result solve(ExtensiveGame game, Watch watch) {
    SequenceForm form = SequenceForm.of(game, "sequence-form Lemke");
    Lcp lcp = new Lcp(form);
    long[] pivots = {0};
    BigFraction[] z = lcp.lemke(options.maxPivots(), pivots, watch);
    BigFraction[] x = Arrays.copyOfRange(z, 0, lcp.ns1);
    BigFraction[] y = Arrays.copyOfRange(z, lcp.ns1, lcp.ns1 + lcp.ns2);
    BehaviourProfile profile = form.behaviour(x, y, true);
    form.nashDeviation(profile)
        .ifPresent(
            why -> {
              throw new IllegalStateException(
                  "sequence-form Lemke ended at a profile that is not an equilibrium: " + why);
            });
    return new Result(
        profile,
        profile.expectedPayoffs(game),
        ImmutableMap.of(
            "sequences1", (long) lcp.ns1, "sequences2", (long) lcp.ns2, "pivots", pivots[0]));
  }

  /**
   * The LCP as an integer tableau {@code w - M z - d z0 = qv}, each row multiplied by the least
   * common denominator of its entries.
   */
  private static final class Lcp {
    final int ns1;
    final int ns2;
    final int n;
    // Columns: w_0..w_{n-1}, z_0..z_{n-1}, z0, right-hand side.
    final BigInteger[][] t;
    final int artificial;
    final int rhs;
    // Row of player 1's and player 2's empty-sequence constraint.
    final int p0;
    final int q0;
    // The w columns in the order the lexicographic rule compares them.
    final int[] lexOrder;

    Lcp(SequenceForm form) {
      ns1 = form.numSequences(1);
      ns2 = form.numSequences(2);
      BigFraction[][] e = form.constraints(1);
      BigFraction[][] f = form.constraints(2);
      p0 = ns1 + ns2;
      q0 = p0 + e.length;
      n = q0 + f.length;
      artificial = 2 * n;
      rhs = 2 * n + 1;
      BigFraction shift = form.maxLeafPayoff().add(BigFraction.ONE);
      BigFraction[][] m = new BigFraction[n][n];
      for (BigFraction[] row : m) {
        Arrays.fill(row, BigFraction.ZERO);
      }
      BigFraction[][] a = form.payoff(1);
      BigFraction[][] b = form.payoff(2);
      BigFraction[][] leaf = form.leafChance();
      for (int s = 0; s < ns1; s++) {
        for (int u = 0; u < ns2; u++) {
          BigFraction shifted = shift.multiply(leaf[s][u]);
          m[s][ns1 + u] = shifted.subtract(a[s][u]);
          m[ns1 + u][s] = shifted.subtract(b[s][u]);
        }
      }
      for (int r = 0; r < e.length; r++) {
        for (int s = 0; s < ns1; s++) {
          m[s][p0 + r] = e[r][s].negate();
          m[p0 + r][s] = e[r][s];
        }
      }
      for (int r = 0; r < f.length; r++) {
        for (int u = 0; u < ns2; u++) {
          m[ns1 + u][q0 + r] = f[r][u].negate();
          m[q0 + r][ns1 + u] = f[r][u];
        }
      }
      t = new BigInteger[n][2 * n + 2];
      for (int i = 0; i < n; i++) {
        BigInteger scale = BigInteger.ONE;
        for (BigFraction v : m[i]) {
          BigInteger den = v.getDenominator();
          scale = scale.divide(scale.gcd(den)).multiply(den);
        }
        Arrays.fill(t[i], BigInteger.ZERO);
        // The slack of a scaled row is scaled too (w'_i = scale w_i), so the starting basis is
        // the identity, as fraction-free pivoting needs; a positive column scale does not change
        // any lexicographic comparison.
        t[i][i] = BigInteger.ONE;
        for (int j = 0; j < n; j++) {
          BigFraction v = m[i][j];
          t[i][n + j] = v.getNumerator().multiply(scale.divide(v.getDenominator())).negate();
        }
        t[i][artificial] = (i == 0 ? BigInteger.ONE : COVER).multiply(scale).negate();
        t[i][rhs] = i == p0 || i == q0 ? scale.negate() : BigInteger.ZERO;
      }
      lexOrder = new int[n];
      int k = 0;
      for (int i = 0; i < p0; i++) {
        lexOrder[k++] = i;
      }
      lexOrder[k++] = q0;
      for (int i = p0; i < n; i++) {
        if (i != q0) {
          lexOrder[k++] = i;
        }
      }
    }

    /** Runs Lemke's path; returns {@code z} at its end and counts pivots in {@code pivots[0]}. */
    BigFraction[] lemke(long maxPivots, long[] pivots, Watch watch) {
      int[] basic = new int[n];
      for (int i = 0; i < n; i++) {
        basic[i] = i;
      }
      BigInteger det = IntegerPivoting.pivot(t, p0, artificial, BigInteger.ONE);
      basic[p0] = artificial;
      pivots[0] = 1;
      int entering = n + p0;
      while (true) {
        watch.checkpoint();
        if (pivots[0] >= maxPivots) {
          throw new PivotLimitException(
              "sequence-form Lemke stopped after "
                  + pivots[0]
                  + " pivots without reaching an equilibrium",
              "try --method enummixed (the reduced strategic form's extreme equilibria) or"
                  + " --method spe");
        }
        int row = leavingRow(entering, det.signum());
        if (row < 0) {
          // Koller, Megiddo and von Stengel show that this LCP with negative payoffs has no
          // secondary ray, so this is a bug rather than a property of the game.
          throw new IllegalStateException(
              "sequence-form Lemke ended on a secondary ray after " + pivots[0] + " pivots");
        }
        det = IntegerPivoting.pivot(t, row, entering, det);
        pivots[0]++;
        int leaving = basic[row];
        basic[row] = entering;
        if (leaving == artificial) {
          break;
        }
        entering = leaving < n ? leaving + n : leaving - n;
      }
      BigFraction[] z = new BigFraction[n];
      Arrays.fill(z, BigFraction.ZERO);
      for (int i = 0; i < n; i++) {
        if (basic[i] >= n && basic[i] < 2 * n) {
          z[basic[i] - n] = new BigFraction(t[i][rhs], det);
        }
      }
      return z;
    }

    /**
     * The row whose basic variable leaves when column {@code c} enters: among rows where the column
     * is positive, the lexicographically smallest ratio of (right-hand side, w columns in {@link
     * #lexOrder}) to the column; -1 if there is none (a ray). Entries stand for {@code t / det}, so
     * signs are taken relative to {@code detSign}; ratios need no {@code det}.
     */
    private int leavingRow(int c, int detSign) {
      int best = -1;
      for (int r = 0; r < n; r++) {
        if (t[r][c].signum() != detSign) {
          continue;
        }
        if (best < 0 || lexLess(r, best, c)) {
          best = r;
        }
      }
      return best;
    }

    /** Whether row {@code r}'s ratio vector is lexicographically below row {@code s}'s. */
    private boolean lexLess(int r, int s, int c) {
      // t[r][c] and t[s][c] have the same sign, so their product is positive.
      int cmp = compareRatio(r, s, c, rhs);
      for (int k = 0; cmp == 0 && k < n; k++) {
        cmp = compareRatio(r, s, c, lexOrder[k]);
      }
      return cmp < 0;
    }

    private int compareRatio(int r, int s, int c, int col) {
      return t[r][col].multiply(t[s][c]).compareTo(t[s][col].multiply(t[r][c]));
    }
  }
}
