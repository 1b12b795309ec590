package org.leverage.solve.lcp;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.numeric.IntegerPivoting;

/**
 * Rebuilds the equilibrium of a complementary basis exactly and checks it.
 *
 * <p>In a complementary basis the row player's basic variables {@code x_i} are the rows whose
 * Q-slack is nonbasic (the rows {@code y} makes tight), and the column player's basic {@code y_j}
 * are the columns whose P-slack is nonbasic: the two supports {@code T} and {@code Y} have equal
 * size {@code k} and the basic solution solves the square systems {@code A[T][Y] y = 1} and {@code
 * B[T][Y]^T x = 1}. Both are solved by fraction-free elimination. The profile is accepted only if,
 * in exact integer arithmetic on the transformed payoffs (an exact positive affine image of the
 * game's, so with the same best responses), every strategy played is a best response: exactly the
 * zero-regret condition of {@link org.leverage.game.ProfilePayoffs#isNashEquilibrium}. The cost is
 * {@code O(k^3 + (m+n) k)} big-integer operations, small for small supports of large games.
 */
final class BasisCertifier {

  /**
   * An exactly checked equilibrium of a basis.
   *
   * @param degenerate whether a basic variable is zero (a support strategy has probability zero, or
   *     a strategy outside the support is also a best response); only then can the basis fail to be
   *     a vertex of the lexicographically perturbed polytopes
   */
  record Certified(MixedProfile profile, boolean degenerate) {}

  private BasisCertifier() {}

  static Optional<Certified> certify(LhProblem problem, BitSet qBasis) {
    int m = problem.m;
    int n = problem.n;
    int[] rows = IntStream.range(0, m).filter(i -> !qBasis.get(i)).toArray();
    int[] cols = IntStream.range(0, n).filter(j -> qBasis.get(m + j)).toArray();
    int k = rows.length;
    if (cols.length != k || k == 0) {
      return Optional.empty();
    }
    BigInteger[][] ay = new BigInteger[k][k];
    BigInteger[][] bx = new BigInteger[k][k];
    for (int u = 0; u < k; u++) {
      for (int v = 0; v < k; v++) {
        ay[u][v] = problem.a[rows[u]][cols[v]];
        bx[u][v] = problem.b[rows[v]][cols[u]];
      }
    }
    BigInteger[] ones = new BigInteger[k];
    Arrays.fill(ones, BigInteger.ONE);
    Optional<BigInteger[]> y = IntegerPivoting.solve(ay, ones).flatMap(BasisCertifier::weights);
    Optional<BigInteger[]> x = IntegerPivoting.solve(bx, ones).flatMap(BasisCertifier::weights);
    if (x.isEmpty() || y.isEmpty()) {
      return Optional.empty();
    }
    // Payoff of each row against y, and of each column against x, times a positive constant.
    BigInteger[] rowValues = new BigInteger[m];
    for (int i = 0; i < m; i++) {
      BigInteger sum = BigInteger.ZERO;
      for (int v = 0; v < k; v++) {
        sum = sum.add(problem.a[i][cols[v]].multiply(y.get()[v]));
      }
      rowValues[i] = sum;
    }
    BigInteger[] colValues = new BigInteger[n];
    for (int j = 0; j < n; j++) {
      BigInteger sum = BigInteger.ZERO;
      for (int u = 0; u < k; u++) {
        sum = sum.add(problem.b[rows[u]][j].multiply(x.get()[u]));
      }
      colValues[j] = sum;
    }
    int slackRows = slack(rowValues, rows, x.get());
    int slackCols = slack(colValues, cols, y.get());
    if (slackRows < 0 || slackCols < 0) {
      return Optional.empty();
    }
    MixedProfile profile =
        new MixedProfile(ImmutableList.of(mixed(x.get(), rows, m), mixed(y.get(), cols, n)));
    return Optional.of(new Certified(profile, slackRows + slackCols > 0));
  }

  /**
   * The solution's numerators with the sign that makes their sum positive; empty when one is then
   * negative or all are zero.
   *
   * @param solution numerators then common denominator, as from {@link IntegerPivoting#solve}
   */
  private static Optional<BigInteger[]> weights(BigInteger[] solution) {
    BigInteger[] w = Arrays.copyOf(solution, solution.length - 1);
    BigInteger sum = Arrays.stream(w).reduce(BigInteger.ZERO, BigInteger::add);
    if (sum.signum() == 0) {
      return Optional.empty();
    }
    for (int v = 0; v < w.length; v++) {
      w[v] = sum.signum() < 0 ? w[v].negate() : w[v];
      if (w[v].signum() < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(w);
  }

  /**
   * Checks that every strategy played is a best response.
   *
   * @return -1 if one is not; otherwise the number of zero basic variables: support strategies
   *     played with probability zero plus best responses outside the support
   */
  private static int slack(BigInteger[] values, int[] support, BigInteger[] weights) {
    BigInteger best = Arrays.stream(values).max(BigInteger::compareTo).orElseThrow();
    int bestResponses = 0;
    for (BigInteger v : values) {
      bestResponses += v.equals(best) ? 1 : 0;
    }
    int zeros = 0;
    for (int u = 0; u < support.length; u++) {
      if (weights[u].signum() == 0) {
        zeros++;
      } else if (!values[support[u]].equals(best)) {
        return -1;
      }
    }
    // Every support strategy is tight by construction, so the others are best responses too.
    return zeros + bestResponses - support.length;
  }

  private static List<BigFraction> mixed(BigInteger[] weights, int[] support, int size) {
    BigInteger sum = Arrays.stream(weights).reduce(BigInteger.ZERO, BigInteger::add);
    BigFraction[] probs = new BigFraction[size];
    Arrays.fill(probs, BigFraction.ZERO);
    for (int u = 0; u < support.length; u++) {
      probs[support[u]] = new BigFraction(weights[u], sum);
    }
    return ImmutableList.copyOf(probs);
  }
}
