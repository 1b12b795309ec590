package org.leverage.solve.repeated;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.ExactLinearSystem;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.ExactFallbackLimitException;

/**
 * Minmax values of two-player games: the lowest payoff the opponent can hold a player to when the
 * player best-responds. Exact.
 *
 * <p>Pure: {@code min_b max_a u(a, b)} over pure actions, by enumeration, {@code O(m n)}; the first
 * minimising opponent action is the punishment.
 *
 * <p>Mixed: {@code min_sigma max_a u(a, sigma)} is the value of the zero-sum game with the player's
 * payoffs. It is solved as a linear program in {@code double} (Commons Math {@link SimplexSolver},
 * primal for the punisher's strategy and dual for the player's), then certified exactly: on the
 * supports the LP found, the equalising systems are solved in rationals and every optimality
 * inequality is checked exactly. If the supports do not certify (degenerate optima, rounding), the
 * square submatrices are enumerated in exact arithmetic; by Shapley and Snow (1950, Contributions
 * to the Theory of Games I) one of them gives a pair of optimal strategies, so the result is always
 * exact. That enumeration is exponential and refused above {@link #MAX_ENUMERATION_ACTIONS} actions
 * per player.
 */
public final class Minmax {

  /** Largest number of actions per player for the exact fallback enumeration. */
  public static final int MAX_ENUMERATION_ACTIONS = 14;

  private Minmax() {}

  /**
   * A minmax value.
   *
   * @param player the punished player, 0 or 1
   * @param value the minmax value, exact
   * @param punishment the opponent's strategy (probabilities over its actions) that holds the
   *     player to {@code value}
   * @param method {@code "pure"}, {@code "lp-certified"} or {@code "exact-kernel-enumeration"}
   */
  public record Value(int player, BigFraction value, List<BigFraction> punishment, String method) {
    public Value {
      Objects.requireNonNull(value, "value");
      punishment = ImmutableList.copyOf(punishment);
    }
  }

  /** The pure minmax value of {@code player}. */
  public static Value pure(NormalFormGame game, int player) {
    BigFraction[][] u = payoffs(game, player);
    int best = -1;
    BigFraction bestValue = null;
    for (int b = 0; b < u[0].length; b++) {
      BigFraction reply = u[0][b];
      for (BigFraction[] row : u) {
        reply = row[b].compareTo(reply) > 0 ? row[b] : reply;
      }
      if (best < 0 || reply.compareTo(bestValue) < 0) {
        best = b;
        bestValue = reply;
      }
    }
    List<BigFraction> punishment = new ArrayList<>();
    for (int b = 0; b < u[0].length; b++) {
      punishment.add(b == best ? BigFraction.ONE : BigFraction.ZERO);
    }
    return new Value(player, bestValue, punishment, "pure");
  }

  /** The mixed minmax value of {@code player}. */
  public static Value mixed(NormalFormGame game, int player) {
    BigFraction[][] u = payoffs(game, player);
    int m = u.length;
    int n = u[0].length;
    double[] sigma = lp(u, false);
    double[] tau = lp(u, true);
    Optional<BigFraction[]> certified = certify(u, support(sigma), support(tau));
    if (certified.isPresent()) {
      return value(player, certified.get(), n, "lp-certified");
    }
    if (Math.max(m, n) > MAX_ENUMERATION_ACTIONS) {
      throw new ExactFallbackLimitException(
          "the linear program's minmax solution for player "
              + (player + 1)
              + " could not be certified exactly and the exact fallback is limited to "
              + MAX_ENUMERATION_ACTIONS
              + " actions per player (the game has "
              + m
              + "x"
              + n
              + ")",
          "try removing dominated actions first");
    }
    return byKernelEnumeration(u, player);
  }

  /**
   * The mixed minmax value by exact enumeration of square submatrices, smallest first (the fallback
   * of {@link #mixed}; package-private so tests can cross-check the two).
   */
  static Value byKernelEnumeration(BigFraction[][] u, int player) {
    int m = u.length;
    int n = u[0].length;
    for (int k = 1; k <= Math.min(m, n); k++) {
      for (int rows = 0; rows < 1 << m; rows++) {
        if (Integer.bitCount(rows) != k) {
          continue;
        }
        for (int cols = 0; cols < 1 << n; cols++) {
          if (Integer.bitCount(cols) == k) {
            Optional<BigFraction[]> c = certify(u, bits(cols), bits(rows));
            if (c.isPresent()) {
              return value(player, c.get(), n, "exact-kernel-enumeration");
            }
          }
        }
      }
    }
    throw new IllegalStateException(
        "no optimal kernel found, contradicting the Shapley-Snow theorem: a bug");
  }

  private static Value value(int player, BigFraction[] solution, int n, String method) {
    return new Value(player, solution[n], ImmutableList.copyOf(Arrays.copyOf(solution, n)), method);
  }

  /** {@code u[a][b]}: payoff of {@code player} when it plays a and the opponent b. */
  static BigFraction[][] payoffs(NormalFormGame game, int player) {
    requireTwoPlayers("minmax", game.numPlayers());
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player must be 0 or 1 but was " + player);
    }
    int m = game.numStrategies(player);
    int n = game.numStrategies(1 - player);
    BigFraction[][] u = new BigFraction[m][n];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < n; b++) {
        int cell = player == 0 ? game.cellIndex(a, b) : game.cellIndex(b, a);
        u[a][b] = game.payoff(player, cell);
      }
    }
    return u;
  }

  /**
   * The punisher's LP ({@code dual = false}): minimise v subject to {@code sum_b u[a][b] sigma_b <=
   * v} for all a; or the player's ({@code dual = true}): maximise w subject to {@code sum_a tau_a
   * u[a][b] >= w} for all b. Returns the probabilities.
   */
  private static double[] lp(BigFraction[][] u, boolean dual) {
    int m = u.length;
    int n = u[0].length;
    int k = dual ? m : n;
    int others = dual ? n : m;
    Collection<LinearConstraint> constraints = new ArrayList<>();
    for (int o = 0; o < others; o++) {
      double[] coef = new double[k + 1];
      for (int j = 0; j < k; j++) {
        coef[j] = (dual ? u[j][o] : u[o][j]).doubleValue();
      }
      coef[k] = -1;
      constraints.add(new LinearConstraint(coef, dual ? Relationship.GEQ : Relationship.LEQ, 0));
    }
    double[] sum = new double[k + 1];
    for (int j = 0; j < k; j++) {
      sum[j] = 1;
      double[] nonneg = new double[k + 1];
      nonneg[j] = 1;
      constraints.add(new LinearConstraint(nonneg, Relationship.GEQ, 0));
    }
    constraints.add(new LinearConstraint(sum, Relationship.EQ, 1));
    double[] objective = new double[k + 1];
    objective[k] = 1;
    PointValuePair p =
        new SimplexSolver()
            .optimize(
                new MaxIter(10_000),
                new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints),
                dual ? GoalType.MAXIMIZE : GoalType.MINIMIZE,
                new NonNegativeConstraint(false));
    return Arrays.copyOf(p.getPoint(), k);
  }

  private static int[] support(double[] probs) {
    List<Integer> s = new ArrayList<>();
    for (int j = 0; j < probs.length; j++) {
      if (probs[j] > Tolerance.DEFAULT.zero()) {
        s.add(j);
      }
    }
    return s.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] bits(int mask) {
    int[] s = new int[Integer.bitCount(mask)];
    int k = 0;
    for (int j = 0; j < 32; j++) {
      if ((mask >> j & 1) != 0) {
        s[k++] = j;
      }
    }
    return s;
  }

  /**
   * Solves the equalising systems on punisher support {@code cols} and player support {@code rows}
   * exactly and checks optimality.
   *
   * @return the punisher's strategy over all its actions followed by the value, if optimal
   */
  private static Optional<BigFraction[]> certify(BigFraction[][] u, int[] cols, int[] rows) {
    int k = cols.length;
    if (k == 0 || rows.length != k) {
      return Optional.empty();
    }
    int m = u.length;
    int n = u[0].length;
    BigFraction[][] a = new BigFraction[k + 1][k + 1];
    BigFraction[][] at = new BigFraction[k + 1][k + 1];
    BigFraction[] rhs = new BigFraction[k + 1];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        a[i][j] = u[rows[i]][cols[j]];
        at[i][j] = u[rows[j]][cols[i]];
      }
      a[i][k] = BigFraction.MINUS_ONE;
      at[i][k] = BigFraction.MINUS_ONE;
      a[k][i] = BigFraction.ONE;
      at[k][i] = BigFraction.ONE;
      rhs[i] = BigFraction.ZERO;
    }
    a[k][k] = BigFraction.ZERO;
    at[k][k] = BigFraction.ZERO;
    rhs[k] = BigFraction.ONE;
    Optional<BigFraction[]> sigmaV = ExactLinearSystem.solve(a, rhs);
    Optional<BigFraction[]> tauW = ExactLinearSystem.solve(at, rhs);
    if (sigmaV.isEmpty() || tauW.isEmpty() || !sigmaV.get()[k].equals(tauW.get()[k])) {
      return Optional.empty();
    }
    BigFraction v = sigmaV.get()[k];
    BigFraction[] sigma = new BigFraction[n + 1];
    BigFraction[] tau = new BigFraction[m];
    Arrays.fill(sigma, BigFraction.ZERO);
    Arrays.fill(tau, BigFraction.ZERO);
    for (int j = 0; j < k; j++) {
      sigma[cols[j]] = sigmaV.get()[j];
      tau[rows[j]] = tauW.get()[j];
      if (sigma[cols[j]].compareTo(BigFraction.ZERO) < 0
          || tau[rows[j]].compareTo(BigFraction.ZERO) < 0) {
        return Optional.empty();
      }
    }
    // Every action of the player earns at most v against sigma; every punisher action leaves
    // at least v against tau: then v is the value.
    for (int r = 0; r < m; r++) {
      BigFraction s = BigFraction.ZERO;
      for (int c : cols) {
        s = s.add(u[r][c].multiply(sigma[c]));
      }
      if (s.compareTo(v) > 0) {
        return Optional.empty();
      }
    }
    for (int c = 0; c < n; c++) {
      BigFraction s = BigFraction.ZERO;
      for (int r : rows) {
        s = s.add(tau[r].multiply(u[r][c]));
      }
      if (s.compareTo(v) < 0) {
        return Optional.empty();
      }
    }
    sigma[n] = v;
    return Optional.of(sigma);
  }
}
