package org.leverage.solve.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Bimatrix;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.ExactLinearSystem;
import org.leverage.solve.pure.PureEquilibriumSolver;

/**
 * Test stand-in for the foundation's two-player solvers: exact support enumeration over supports of
 * equal size (all equilibria of nondegenerate bimatrix games; in degenerate games possibly not
 * all). Small games only.
 */
public final class SupportEnumerationSolver implements org.leverage.solve.EquilibriumSolver {

  @Override
  public Result solve(NormalFormGame game) {
    if (game.numPlayers() == 1) {
      return new PureEquilibriumSolver().solve(game);
    }
    Bimatrix bm = game.bimatrix();
    int m = bm.rows();
    int n = bm.columns();
    BigFraction[][] a = new BigFraction[m][n];
    BigFraction[][] b = new BigFraction[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = bm.a(i, j);
        b[i][j] = bm.b(i, j);
      }
    }
    if (m > 16 || n > 16) {
      throw new IllegalArgumentException("test solver handles at most 16x16, not " + m + "x" + n);
    }
    List<MixedProfile> out = new ArrayList<>();
    for (int si = 1; si < (1 << m); si++) {
      for (int sj = 1; sj < (1 << n); sj++) {
        if (Integer.bitCount(si) != Integer.bitCount(sj)) {
          continue;
        }
        int[] rows = bits(si);
        int[] cols = bits(sj);
        Optional<BigFraction[]> y = indifferent(a, rows, cols, false);
        Optional<BigFraction[]> x = indifferent(b, cols, rows, true);
        if (y.isEmpty() || x.isEmpty()) {
          continue;
        }
        BigFraction[] xs = spread(x.get(), rows, m);
        BigFraction[] ys = spread(y.get(), cols, n);
        if (xs == null || ys == null) {
          continue;
        }
        MixedProfile p = new MixedProfile(List.of(Arrays.asList(xs), Arrays.asList(ys)));
        // Supports differ but the profile is the same when a supported strategy gets 0.
        if (org.leverage.game.ProfilePayoffs.isNashEquilibrium(game, p) && !out.contains(p)) {
          out.add(p);
        }
      }
    }
    return new Result("support-enumeration", true, out, Map.of());
  }

  private static int[] bits(int mask) {
    return java.util.stream.IntStream.range(0, 32).filter(i -> (mask >> i & 1) != 0).toArray();
  }

  /**
   * Probabilities on {@code mine} making every strategy in {@code theirs} of the other player earn
   * the same under {@code payoff} (rows are the other player's strategies unless {@code
   * transpose}); empty if singular.
   */
  private static Optional<BigFraction[]> indifferent(
      BigFraction[][] payoff, int[] theirs, int[] mine, boolean transpose) {
    int k = mine.length;
    BigFraction[][] sys = new BigFraction[k + 1][k + 1];
    BigFraction[] rhs = new BigFraction[k + 1];
    for (int r = 0; r < k; r++) {
      for (int c = 0; c < k; c++) {
        sys[r][c] = transpose ? payoff[mine[c]][theirs[r]] : payoff[theirs[r]][mine[c]];
      }
      sys[r][k] = BigFraction.MINUS_ONE;
      rhs[r] = BigFraction.ZERO;
    }
    Arrays.fill(sys[k], BigFraction.ONE);
    sys[k][k] = BigFraction.ZERO;
    rhs[k] = BigFraction.ONE;
    return ExactLinearSystem.solve(sys, rhs).map(v -> Arrays.copyOf(v, k));
  }

  private static BigFraction[] spread(BigFraction[] v, int[] support, int size) {
    BigFraction[] full = new BigFraction[size];
    Arrays.fill(full, BigFraction.ZERO);
    for (int i = 0; i < support.length; i++) {
      if (v[i].compareTo(BigFraction.ZERO) < 0) {
        return null;
      }
      full[support[i]] = v[i];
    }
    return full;
  }
}
