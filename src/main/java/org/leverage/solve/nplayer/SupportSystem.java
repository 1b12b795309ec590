package org.leverage.solve.nplayer;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.ExactLinearSystem;

/**
 * The polynomial system of one support profile: the equilibria whose supports are exactly these are
 * its solutions with every support probability positive and no better reply off the support.
 *
 * <p>Unknowns: for each player {@code p} with support {@code (s_0, ..., s_{k-1})} in file order,
 * the probabilities {@code x_{p,0..k-2}} of its first {@code k - 1} support strategies; the last
 * has {@code 1 - sum x_p} (so the probabilities sum to one by construction) and strategies off the
 * support have zero. Equations: for each such player and each {@code j < k - 1}, the expected
 * payoff of {@code s_j} minus that of {@code s_{k-1}} against the others' mixed strategies is zero.
 * There are as many equations as unknowns.
 *
 * <p>Player {@code p}'s equations do not involve its own unknowns and are affine in each other
 * player's unknowns, so every monomial holds at most one unknown of each player. Each equation is
 * kept as the exact coefficients of these monomials, a tensor with one axis per other player whose
 * index 0 is "no unknown of this player" and {@code i >= 1} is its unknown {@code i - 1}. When at
 * most two players mix, every monomial holds at most one unknown: the system is linear and {@link
 * #solveLinear} solves it exactly.
 */
final class SupportSystem {

  private final int[][] support;
  private final int[] offset;
  private final int unknowns;
  private final Equation[] equations;

  /** One equation: the monomial coefficients and, per coefficient, the unknowns it multiplies. */
  private record Equation(
      BigFraction[] exact, double[] coefficients, int[][] unknowns, int[] axes) {}

  private SupportSystem(int[][] support, int[] offset, int unknowns, Equation[] equations) {
    this.support = support;
    this.offset = offset;
    this.unknowns = unknowns;
    this.equations = equations;
  }

  /**
   * The system of {@code support}: one non-empty array of strategies per player, increasing. Builds
   * {@code unknowns x prod(support sizes of the others)} exact coefficients.
   */
  static SupportSystem of(NormalFormGame game, int[][] support) {
    int n = game.numPlayers();
    int[] offset = new int[n];
    int unknowns = 0;
    for (int p = 0; p < n; p++) {
      offset[p] = unknowns;
      unknowns += support[p].length - 1;
    }
    Equation[] equations = new Equation[unknowns];
    for (int p = 0; p < n; p++) {
      for (int j = 0; j + 1 < support[p].length; j++) {
        equations[offset[p] + j] = equation(game, support, offset, p, j);
      }
    }
    return new SupportSystem(support, offset, unknowns, equations);
  }

  private static Equation equation(
      NormalFormGame game, int[][] support, int[] offset, int p, int j) {
    int n = support.length;
    int[] size = new int[n];
    int cells = 1;
    for (int q = 0; q < n; q++) {
      size[q] = q == p ? 1 : support[q].length;
      cells *= size[q];
    }
    // Payoff differences per profile of the others' support strategies, first axis fastest.
    BigFraction[] t = new BigFraction[cells];
    int[] index = new int[n];
    int last = support[p][support[p].length - 1];
    for (int c = 0; c < cells; c++) {
      int cell = 0;
      for (int q = 0; q < n; q++) {
        if (q != p) {
          cell += game.stride(q) * support[q][index[q]];
        }
      }
      t[c] =
          game.payoff(p, cell + game.stride(p) * support[p][j])
              .subtract(game.payoff(p, cell + game.stride(p) * last));
      increment(index, size);
    }
    // Per axis, from "probability of support strategy i" to monomials: the last strategy's
    // probability is 1 - sum of the others', so its coefficient becomes the constant term and
    // each unknown's coefficient is its difference from the last.
    int stride = 1;
    for (int q = 0; q < n; q++) {
      int k = size[q];
      if (k > 1) {
        for (int c = 0; c < cells; c++) {
          if ((c / stride) % k == 0) {
            BigFraction lastValue = t[c + (k - 1) * stride];
            for (int i = k - 1; i >= 1; i--) {
              t[c + i * stride] = t[c + (i - 1) * stride].subtract(lastValue);
            }
            t[c] = lastValue;
          }
        }
      }
      stride *= k;
    }
    double[] coefficients = new double[cells];
    int[][] vars = new int[cells][];
    Arrays.fill(index, 0);
    for (int c = 0; c < cells; c++) {
      coefficients[c] = t[c].doubleValue();
      int count = 0;
      for (int q = 0; q < n; q++) {
        count += index[q] > 0 ? 1 : 0;
      }
      vars[c] = new int[count];
      count = 0;
      for (int q = 0; q < n; q++) {
        if (index[q] > 0) {
          vars[c][count++] = offset[q] + index[q] - 1;
        }
      }
      increment(index, size);
    }
    return new Equation(t, coefficients, vars, size);
  }

  private static void increment(int[] index, int[] size) {
    for (int q = 0; q < index.length; q++) {
      if (++index[q] < size[q]) {
        return;
      }
      index[q] = 0;
    }
  }

  int unknowns() {
    return unknowns;
  }

  /** Whether at most two players mix, so that every equation is affine. */
  boolean linear() {
    int mixing = 0;
    for (int[] s : support) {
      mixing += s.length > 1 ? 1 : 0;
    }
    return mixing <= 2;
  }

  /** The outcome of solving a linear system: none, one solution, or a non-isolated set. */
  record LinearSolution(Optional<BigFraction[]> unique, boolean nonIsolated) {}

  /**
   * Solves a {@link #linear} system exactly.
   *
   * @return the unique solution; or none with {@code nonIsolated} set when the system is singular
   *     but consistent (its solutions form an affine set of positive dimension), unset when it is
   *     inconsistent
   */
  LinearSolution solveLinear() {
    BigFraction[][] a = new BigFraction[unknowns][unknowns];
    BigFraction[] b = new BigFraction[unknowns];
    for (int e = 0; e < unknowns; e++) {
      Arrays.fill(a[e], BigFraction.ZERO);
      Equation eq = equations[e];
      for (int c = 0; c < eq.exact().length; c++) {
        int[] vars = eq.unknowns()[c];
        if (vars.length == 0) {
          b[e] = eq.exact()[c].negate();
        } else if (vars.length == 1) {
          a[e][vars[0]] = eq.exact()[c];
        } else {
          throw new IllegalStateException("support system is not linear");
        }
      }
    }
    Optional<BigFraction[]> x = ExactLinearSystem.solve(a, b);
    if (x.isPresent()) {
      return new LinearSolution(x, false);
    }
    return new LinearSolution(
        Optional.empty(), ExactLinearSystem.basicSolution(a, b, unknowns).isPresent());
  }

  /**
   * The coefficients of equation {@code e} re-expanded around {@code center}: entry {@code c}
   * multiplies the product of {@code (x_v - center_v)} over its unknowns {@code v}. Entry 0 is the
   * equation's value at the center; an entry with one unknown is a partial derivative there.
   */
  double[] expand(int e, double[] center) {
    Equation eq = equations[e];
    double[] t = eq.coefficients().clone();
    int[] size = eq.axes();
    int stride = 1;
    for (int q = 0; q < size.length; q++) {
      int k = size[q];
      if (k > 1) {
        for (int c = 0; c < t.length; c++) {
          if ((c / stride) % k == 0) {
            double sum = t[c];
            for (int i = 1; i < k; i++) {
              sum += t[c + i * stride] * center[offset[q] + i - 1];
            }
            t[c] = sum;
          }
        }
      }
      stride *= k;
    }
    return t;
  }

  /** The unknowns that coefficient {@code c} of equation {@code e} multiplies. */
  int[] monomial(int e, int c) {
    return equations[e].unknowns()[c];
  }

  /** The unknowns equation {@code e} involves: those of a monomial with a nonzero coefficient. */
  boolean[] involves(int e) {
    boolean[] used = new boolean[unknowns];
    Equation eq = equations[e];
    for (int c = 0; c < eq.exact().length; c++) {
      if (eq.exact()[c].getNumerator().signum() != 0) {
        for (int v : eq.unknowns()[c]) {
          used[v] = true;
        }
      }
    }
    return used;
  }

  /** The values of every equation at {@code x}. */
  double[] residual(double[] x) {
    double[] f = new double[unknowns];
    for (int e = 0; e < unknowns; e++) {
      f[e] = expand(e, x)[0];
    }
    return f;
  }

  /** The Jacobian matrix at {@code x}: row per equation, column per unknown. */
  double[][] jacobian(double[] x) {
    double[][] j = new double[unknowns][unknowns];
    for (int e = 0; e < unknowns; e++) {
      double[] t = expand(e, x);
      for (int c = 1; c < t.length; c++) {
        int[] vars = monomial(e, c);
        if (vars.length == 1) {
          j[e][vars[0]] = t[c];
        }
      }
    }
    return j;
  }

  /**
   * Whether {@code x} can be a solution in the simplex up to {@code slack}: every unknown and every
   * player's last support probability at least {@code -slack}.
   */
  boolean inSimplex(double[] x, double slack) {
    for (int p = 0; p < support.length; p++) {
      double sum = 0;
      for (int i = 0; i + 1 < support[p].length; i++) {
        double v = x[offset[p] + i];
        if (v < -slack) {
          return false;
        }
        sum += v;
      }
      if (sum > 1 + slack) {
        return false;
      }
    }
    return true;
  }

  /**
   * Shrinks the box (centre {@code c}, half-widths {@code r}) to the part that can meet the simplex
   * up to {@code slack}: each unknown is at most {@code 1 + slack} minus the lower bounds of its
   * player's other unknowns.
   *
   * @return false when the box misses the simplex
   */
  boolean clipToSimplex(double[] c, double[] r, double slack) {
    for (int p = 0; p < support.length; p++) {
      int k = support[p].length - 1;
      double lowerSum = 0;
      for (int i = 0; i < k; i++) {
        lowerSum += c[offset[p] + i] - r[offset[p] + i];
      }
      if (lowerSum > 1 + slack) {
        return false;
      }
      for (int i = 0; i < k; i++) {
        int v = offset[p] + i;
        double lower = c[v] - r[v];
        double upper = Math.min(c[v] + r[v], 1 + slack - (lowerSum - lower));
        if (upper < c[v] + r[v]) {
          c[v] = (lower + upper) / 2;
          r[v] = (upper - lower) / 2;
        }
      }
    }
    return true;
  }

  /** Every player's probabilities over all its strategies at the solution {@code x}. */
  double[][] probabilities(double[] x, int[] strategies) {
    double[][] prob = new double[support.length][];
    for (int p = 0; p < support.length; p++) {
      prob[p] = new double[strategies[p]];
      int k = support[p].length;
      double rest = 1;
      for (int i = 0; i + 1 < k; i++) {
        prob[p][support[p][i]] = x[offset[p] + i];
        rest -= x[offset[p] + i];
      }
      prob[p][support[p][k - 1]] = rest;
    }
    return prob;
  }
}
