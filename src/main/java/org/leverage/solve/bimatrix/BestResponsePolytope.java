package org.leverage.solve.bimatrix;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Bimatrix;
import org.leverage.numeric.IntegerPivoting;

/**
 * One best-response polytope {@code {z >= 0 : M z <= 1}} of a bimatrix game with a positive integer
 * matrix {@code M} (k rows, d variables), and the game label of each of its d + k constraints.
 *
 * <p>For payoffs A (row player) and B (column player) of an m x n game, shifted to be at least one
 * and scaled by the common denominator (neither changes the normalised vertices), the row player's
 * polytope P has variables x (labels 0..m-1) and one row per column j of B (label m + j: column j
 * is a best response); the column player's Q has variables y (labels m..m+n-1) and one row per row
 * i of A (label i). The positive matrix makes both bounded.
 *
 * <p>Local variable numbering, used by the traversals: 0..d-1 are the variables z, d..d+k-1 the
 * slacks of rows 0..k-1.
 */
final class BestResponsePolytope {

  private final BigInteger[][] matrix;
  private final BigInteger largest;
  private final double[][] scaled;
  private final int[] gameLabel;

  private BestResponsePolytope(BigInteger[][] matrix, int[] gameLabel) {
    this.matrix = matrix;
    this.gameLabel = gameLabel;
    // Dividing by the largest entry keeps the double tableau's entries near one, which is
    // what the absolute thresholds of Tolerance are meant for. It rescales the polytope
    // about the origin and so changes no label set.
    BigInteger max = BigInteger.ONE;
    for (BigInteger[] row : matrix) {
      for (BigInteger e : row) {
        max = max.max(e);
      }
    }
    largest = max;
    scaled = new double[matrix.length][matrix[0].length];
    for (int r = 0; r < matrix.length; r++) {
      for (int c = 0; c < matrix[0].length; c++) {
        scaled[r][c] = new BigFraction(matrix[r][c], max).doubleValue();
      }
    }
  }

  /** The row player's polytope P = {x >= 0 : B^T x <= 1}. */
  static BestResponsePolytope rowPlayer(Bimatrix game) {
    int m = game.rows();
    int n = game.columns();
    BigInteger[][] b = positiveIntegers(game, false);
    BigInteger[][] bt = new BigInteger[n][m];
    int[] labels = new int[m + n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        bt[j][i] = b[i][j];
      }
    }
    for (int v = 0; v < m + n; v++) {
      labels[v] = v;
    }
    return new BestResponsePolytope(bt, labels);
  }

  /** The column player's polytope Q = {y >= 0 : A y <= 1}. */
  static BestResponsePolytope columnPlayer(Bimatrix game) {
    int m = game.rows();
    int n = game.columns();
    int[] labels = new int[m + n];
    for (int j = 0; j < n; j++) {
      labels[j] = m + j;
    }
    for (int i = 0; i < m; i++) {
      labels[n + i] = i;
    }
    return new BestResponsePolytope(positiveIntegers(game, true), labels);
  }

  /**
   * One player's payoff matrix shifted so that its least entry is one, then multiplied by the least
   * common denominator: positive integers with the same best responses.
   */
  private static BigInteger[][] positiveIntegers(Bimatrix game, boolean rowPlayer) {
    int m = game.rows();
    int n = game.columns();
    BigFraction[][] u = new BigFraction[m][n];
    BigFraction min = null;
    BigInteger lcm = BigInteger.ONE;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        u[i][j] = rowPlayer ? game.a(i, j) : game.b(i, j);
        min = min == null || u[i][j].compareTo(min) < 0 ? u[i][j] : min;
      }
    }
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        u[i][j] = u[i][j].subtract(min).add(BigFraction.ONE).reduce();
        BigInteger den = u[i][j].getDenominator();
        lcm = lcm.divide(lcm.gcd(den)).multiply(den);
      }
    }
    BigInteger[][] result = new BigInteger[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        result[i][j] = u[i][j].getNumerator().multiply(lcm.divide(u[i][j].getDenominator()));
      }
    }
    return result;
  }

  /** Number of variables d (the dimension). */
  int dimension() {
    return matrix[0].length;
  }

  /** Number of rows k besides the non-negativity constraints. */
  int rows() {
    return matrix.length;
  }

  /** The exact integer coefficient of variable {@code c} in row {@code r}. */
  BigInteger entry(int r, int c) {
    return matrix[r][c];
  }

  /** The coefficient scaled into (0, 1] for double-precision pivoting. */
  double scaledEntry(int r, int c) {
    return scaled[r][c];
  }

  /** Whether the label set, packed in words, is the origin's: every variable at zero. */
  boolean isOrigin(long[] labelWords) {
    for (int v = 0; v < dimension(); v++) {
      int label = gameLabel[v];
      if ((labelWords[label / 64] & (1L << (label % 64))) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The exact value of {@link #scaledEntry}. */
  BigFraction exactScaledEntry(int r, int c) {
    return new BigFraction(matrix[r][c], largest);
  }

  /** The game label of local variable {@code v} (a variable z or a row's slack). */
  int gameLabel(int v) {
    return gameLabel[v];
  }

  /**
   * Rebuilds a vertex found in floating point exactly from one of its bases.
   *
   * @return the point, or empty when the basis system is not square or singular, the point is not
   *     in the polytope, or the constraints tight at it are not exactly {@code labels} (so the
   *     traversal that found it misjudged a sign and is not to be trusted)
   */
  Optional<BigFraction[]> rebuild(BitSet labels, BitSet basis) {
    return solveBasis(basis).filter(z -> contains(z) && tightLabels(z).equals(labels));
  }

  /**
   * The point where the constraints labelled by {@code basis} are tight: the variables outside it
   * form the support, the rows inside it are tight, and the square system {@code M[tight][support]
   * z = 1} is solved by fraction-free integer pivoting ({@link IntegerPivoting}).
   *
   * @return the point (not necessarily in the polytope), or empty when the system is not square or
   *     is singular
   */
  Optional<BigFraction[]> solveBasis(BitSet basis) {
    int d = dimension();
    int k = rows();
    int[] support = new int[d];
    int[] tight = new int[k];
    int s = 0;
    int t = 0;
    for (int v = 0; v < d + k; v++) {
      boolean inBasis = basis.get(gameLabel[v]);
      if (v < d && !inBasis) {
        support[s++] = v;
      } else if (v >= d && inBasis) {
        tight[t++] = v - d;
      }
    }
    if (s != t) {
      return Optional.empty();
    }
    BigInteger[][] system = new BigInteger[t][t];
    BigInteger[] ones = new BigInteger[t];
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < s; j++) {
        system[i][j] = matrix[tight[i]][support[j]];
      }
      ones[i] = BigInteger.ONE;
    }
    Optional<BigInteger[]> solution = IntegerPivoting.solve(system, ones);
    if (solution.isEmpty()) {
      return Optional.empty();
    }
    BigInteger[] numerators = solution.get();
    BigInteger denominator = numerators[t];
    BigFraction[] z = new BigFraction[d];
    Arrays.fill(z, BigFraction.ZERO);
    for (int j = 0; j < s; j++) {
      // The constructor reduces to lowest terms with a positive denominator.
      z[support[j]] = new BigFraction(numerators[j], denominator);
    }
    return Optional.of(z);
  }

  /** Whether {@code z} satisfies every constraint, exactly. */
  boolean contains(BigFraction[] z) {
    for (int v = 0; v < dimension() + rows(); v++) {
      if (slack(v, z).getNumerator().signum() < 0) {
        return false;
      }
    }
    return true;
  }

  /** The game labels of the constraints tight at {@code z}, exactly. */
  BitSet tightLabels(BigFraction[] z) {
    BitSet tight = new BitSet();
    for (int v = 0; v < dimension() + rows(); v++) {
      if (slack(v, z).getNumerator().signum() == 0) {
        tight.set(gameLabel[v]);
      }
    }
    return tight;
  }

  /** How far {@code z} is from making constraint {@code v} (local numbering) tight. */
  private BigFraction slack(int v, BigFraction[] z) {
    int d = dimension();
    return v < d ? z[v] : BigFraction.ONE.subtract(rowValue(v - d, z));
  }

  /**
   * Constraint {@code v} (local numbering) as a row of the system {@code row . z = rhs} that makes
   * it tight: a unit row with right-hand side 0 for a variable, the matrix row with 1 for a row.
   */
  BigFraction[] tightRow(int v) {
    int d = dimension();
    BigFraction[] row = new BigFraction[d];
    for (int c = 0; c < d; c++) {
      row[c] =
          v < d ? (c == v ? BigFraction.ONE : BigFraction.ZERO) : new BigFraction(matrix[v - d][c]);
    }
    return row;
  }

  private BigFraction rowValue(int r, BigFraction[] z) {
    BigFraction sum = BigFraction.ZERO;
    for (int c = 0; c < z.length; c++) {
      if (z[c].getNumerator().signum() != 0) {
        sum = sum.add(z[c].multiply(matrix[r][c]));
      }
    }
    return sum;
  }
}
