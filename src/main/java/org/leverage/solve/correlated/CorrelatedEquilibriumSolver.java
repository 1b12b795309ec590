package org.leverage.solve.correlated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.ExactSimplex;
import org.leverage.solve.Watch;

/**
 * Optimal correlated equilibria by exact linear programming ({@code --method correlated}): the one
 * that maximises welfare (the sum of the payoffs) and, for each player, one that maximises its
 * payoff and, among those, welfare.
 *
 * <p>Algorithm (Papadimitriou and Roughgarden 2008, section 2): the correlated equilibria are the
 * distributions {@code p} over cells with {@code a_k . p >= 0} for every {@link
 * IncentiveConstraint} {@code k}. These constraints are homogeneous, so the correlated equilibria
 * scaled by {@code [0, 1]} form the polytope {@code {p >= 0 : -a_k . p <= 0, sum p <= 1}}, which
 * contains the origin. Maximising an objective {@code w} over the correlated equilibria is then
 * {@code maximize (w - min w + 1) . p} over that polytope, solved by {@link
 * ExactSimplex#maximizeFromOrigin}: the shifted objective is positive on every cell, so an optimum
 * has {@code sum p = 1} (a correlated equilibrium exists, by Nash's theorem, and scaling a point up
 * to the simplex raises the objective), and on the simplex it differs from {@code w . p} by a
 * constant. The second, lexicographic objective of a player's optimum adds the homogeneous row
 * {@code v sum p - u_i . p <= 0} for the player's optimal payoff {@code v}.
 *
 * <p>Exact: rational arithmetic throughout, and each optimum is re-checked ({@link IncentiveCheck}:
 * every gain exactly {@code <= 0}, probabilities summing to exactly one) before it is returned.
 * Where the optimum is not unique, the vertex returned is the one Bland's rule reaches: the same
 * for the same game.
 *
 * <p>Cost: one program has {@code cells} variables and {@code K + 1} rows, {@code K = sum_i m_i
 * (m_i - 1)}; its dense tableau has {@code (K + 2) (cells + K + 2)} rational entries at most,
 * checked against {@link Options#maxLpEntries} before anything is built. {@code 1 + 2 n} programs
 * are solved for {@code n} players.
 */
public final class CorrelatedEquilibriumSolver {

  public static final String METHOD = "correlated";

  /**
   * The default of {@link Options#maxLpEntries}: a 6x6 two-player game fits (6,076 entries), and
   * 4x4x4 with three players. Exact pivoting on degenerate programs is slow beyond that: a random
   * 8x8 game (20,292 entries) takes minutes.
   */
  public static final long DEFAULT_MAX_LP_ENTRIES = 10_000;

  /**
   * Limits.
   *
   * @param maxLpEntries most entries of one linear program's tableau ({@code --max-lp-size})
   */
  public record Options(long maxLpEntries) {

    /** The default limit, {@link #DEFAULT_MAX_LP_ENTRIES}. */
    public static final Options DEFAULT = new Options(DEFAULT_MAX_LP_ENTRIES);

    public Options {
      if (maxLpEntries < 1) {
        throw new IllegalArgumentException(
            "the LP size limit must be at least 1 but was " + maxLpEntries);
      }
    }
  }

  private final Options options;

  public CorrelatedEquilibriumSolver(Options options) {
    this.options = options;
  }

  /**
   * The welfare-maximising correlated equilibrium and each player's best one.
   *
   * @throws CorrelatedLimitException when a program's tableau would exceed the limit
   */
  public CorrelatedOptima solve(NormalFormGame game) {
    return solve(game, Watch.NONE);
  }

  /**
   * As {@link #solve(NormalFormGame)}, telling {@code watch} of each linear program solved and
   * stopping between pivots when it says so.
   */
  public CorrelatedOptima solve(NormalFormGame game, Watch watch) {
    requireSize(game, options.maxLpEntries());
    Program program = new Program(game, watch);
    BigFraction[] welfare = welfare(game);
    CorrelatedOptima.Optimum best = program.optimum(welfare, null, null);
    List<CorrelatedOptima.Optimum> perPlayer = new ArrayList<>();
    for (int i = 0; i < game.numPlayers(); i++) {
      BigFraction[] u = payoffs(game, i);
      CorrelatedOptima.Optimum own = program.optimum(u, null, null);
      perPlayer.add(program.optimum(welfare, u, own.payoffs().get(i)));
    }
    return new CorrelatedOptima(
        best, perPlayer, Map.of("lps", (long) program.lps, "pivots", program.pivots));
  }

  /**
   * Refuses a game whose program would be too large, before building anything.
   *
   * @throws CorrelatedLimitException naming the size and {@code --max-lp-size}
   */
  static void requireSize(NormalFormGame game, long maxEntries) {
    long k = IncentiveConstraint.count(game);
    long cells = game.numCells();
    // Rows: K incentive constraints, sum p <= 1, and the lexicographic row; columns: cells and
    // one slack per row.
    long rows = k + 2;
    long entries = rows * (cells + rows);
    if (entries > maxEntries) {
      throw new CorrelatedLimitException(
          "the correlated-equilibrium linear program of this "
              + game.shape()
              + " game has "
              + cells
              + " variables and "
              + k
              + " incentive constraints, "
              + entries
              + " tableau entries; the limit is "
              + maxEntries,
          "raise it with --max-lp-size N, or remove dominated strategies first (--method"
              + " dominance)");
    }
  }

  private static BigFraction[] payoffs(NormalFormGame game, int player) {
    BigFraction[] u = new BigFraction[game.numCells()];
    for (int c = 0; c < u.length; c++) {
      u[c] = game.payoff(player, c);
    }
    return u;
  }

  private static BigFraction[] welfare(NormalFormGame game) {
    BigFraction[] w = new BigFraction[game.numCells()];
    for (int c = 0; c < w.length; c++) {
      BigFraction sum = BigFraction.ZERO;
      for (int i = 0; i < game.numPlayers(); i++) {
        sum = sum.add(game.payoff(i, c));
      }
      w[c] = sum;
    }
    return w;
  }

  /** The constraint rows of one game, reused by every objective; counts the work. */
  private static final class Program {
    private final NormalFormGame game;
    private final Watch watch;
    private final List<BigFraction[]> rows = new ArrayList<>();
    private int lps;
    private long pivots;

    Program(NormalFormGame game, Watch watch) {
      this.game = game;
      this.watch = watch;
      for (IncentiveConstraint k : IncentiveConstraint.of(game)) {
        // gain <= 0 is already of the form row . p <= 0.
        rows.add(k.gainPerCell(game));
      }
      BigFraction[] total = new BigFraction[game.numCells()];
      Arrays.fill(total, BigFraction.ONE);
      rows.add(total);
    }

    /**
     * A correlated equilibrium maximising {@code objective}, subject also to {@code floor . p >=
     * value} when {@code floor} is given.
     */
    CorrelatedOptima.Optimum optimum(
        BigFraction[] objective, BigFraction[] floor, BigFraction value) {
      int n = game.numCells();
      List<BigFraction[]> a = new ArrayList<>(rows);
      if (floor != null) {
        BigFraction[] row = new BigFraction[n];
        for (int c = 0; c < n; c++) {
          row[c] = value.subtract(floor[c]);
        }
        a.add(row);
      }
      BigFraction[] b = new BigFraction[a.size()];
      Arrays.fill(b, BigFraction.ZERO);
      b[rows.size() - 1] = BigFraction.ONE;
      BigFraction min = objective[0];
      for (BigFraction x : objective) {
        min = x.compareTo(min) < 0 ? x : min;
      }
      BigFraction[] c = new BigFraction[n];
      for (int j = 0; j < n; j++) {
        c[j] = objective[j].subtract(min).add(BigFraction.ONE);
      }
      ExactSimplex.PrimalDual s =
          ExactSimplex.maximizeFromOrigin(
              c, a.toArray(BigFraction[][]::new), b, ExactSimplex.UNLIMITED, watch::checkpoint);
      lps++;
      watch.progress(lps, 1 + 2L * game.numPlayers());
      pivots += s.pivots();
      // The constructors re-check exactly: the sum is 1, no probability negative, no gain positive.
      return new CorrelatedOptima.Optimum(
          IncentiveCheck.of(game, new CorrelatedDistribution(List.of(s.x()))));
    }
  }
}
