package org.leverage.solve.bimatrix;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.numeric.ExactLinearSystem;
import org.leverage.numeric.Tolerance;

/**
 * The vertices of one best-response polytope that complete a given vertex of the other, found by
 * solving instead of enumerating (the approach of lrsnash: Avis, Rosenberg, Savani, von Stengel,
 * Economic Theory 42, 2010).
 *
 * <p>A partner of a vertex lacking the labels M is a vertex of this polytope with every label in M:
 * a vertex of the face F_M where the constraints of M are tight. When the other vertex is
 * nondegenerate, M has exactly d labels and, if their constraints are independent, F_M is at most
 * one point: the solution of a d x d system (smaller in fact: the variables labelled in M are zero,
 * leaving a square system on the rest). That system is solved in double precision first; a solution
 * that clearly violates a constraint (by more than {@link Tolerance#ambiguous()} relative to its
 * size, with a well-conditioned elimination) means no partner, which is the common case. Every
 * other outcome is decided exactly with fraction-free elimination. When M has fewer than d labels
 * or dependent constraints, F_M can have several vertices; they are enumerated exactly: a maximal
 * independent subset M' of M's constraints plus every choice of d - |M'| further constraints, each
 * system solved and kept if its solution lies in the polytope with all of M tight. That costs a
 * binomial number of exact solves and is refused (null) beyond {@link #MAX_FACE_SYSTEMS}, so that
 * the caller can enumerate this polytope instead.
 */
final class PartnerFinder {

  /** Largest number of exact systems tried for one degenerate face. */
  static final long MAX_FACE_SYSTEMS = 20_000;

  private final BestResponsePolytope polytope;
  private final Tolerance tolerance;
  private final int d;
  private final int k;
  private final int[] localOfLabel;
  private final int[] free;
  private final int[] tight;
  private final double[][] system;
  private final double[] y;
  private long doubleRejections;
  private long exactChecks;
  private long faceSystems;

  PartnerFinder(BestResponsePolytope polytope, Tolerance tolerance) {
    this.polytope = polytope;
    this.tolerance = tolerance;
    this.d = polytope.dimension();
    this.k = polytope.rows();
    this.localOfLabel = new int[d + k];
    for (int v = 0; v < d + k; v++) {
      localOfLabel[polytope.gameLabel(v)] = v;
    }
    this.free = new int[d];
    this.tight = new int[k];
    this.system = new double[d][d + 1];
    this.y = new double[d];
  }

  long doubleRejections() {
    return doubleRejections;
  }

  long exactChecks() {
    return exactChecks;
  }

  long faceSystems() {
    return faceSystems;
  }

  /**
   * The exact points of every vertex other than the origin carrying all labels in {@code missing},
   * or null when the face is too degenerate to search this way.
   */
  List<BigFraction[]> partners(BitSet missing) {
    int t = 0;
    int rowsTight = 0;
    for (int v = 0; v < d; v++) {
      if (!missing.get(polytope.gameLabel(v))) {
        free[t++] = v;
      }
    }
    for (int r = 0; r < k; r++) {
      if (missing.get(polytope.gameLabel(d + r))) {
        tight[rowsTight++] = r;
      }
    }
    if (missing.cardinality() != d) {
      return face(missing);
    }
    if (t == 0) {
      // Every variable is zero: the origin, which pairs with nothing.
      return List.of();
    }
    if (clearlyOutside(t)) {
      doubleRejections++;
      return List.of();
    }
    exactChecks++;
    Optional<BigFraction[]> point = polytope.solveBasis(missing);
    if (point.isEmpty()) {
      return face(missing);
    }
    if (!polytope.contains(point.get())) {
      return List.of();
    }
    return List.<BigFraction[]>of(point.get());
  }

  /**
   * Solves the square system of the free variables and tight rows in double precision (Gaussian
   * elimination with partial pivoting) and tells whether its solution clearly violates a
   * constraint. False whenever the elimination is ill-conditioned.
   */
  private boolean clearlyOutside(int t) {
    for (int i = 0; i < t; i++) {
      for (int j = 0; j < t; j++) {
        system[i][j] = polytope.scaledEntry(tight[i], free[j]);
      }
      system[i][t] = 1;
    }
    double largestPivot = 0;
    double smallestPivot = Double.POSITIVE_INFINITY;
    for (int col = 0; col < t; col++) {
      int p = col;
      for (int i = col + 1; i < t; i++) {
        if (Math.abs(system[i][col]) > Math.abs(system[p][col])) {
          p = i;
        }
      }
      double[] swap = system[p];
      system[p] = system[col];
      system[col] = swap;
      double pivot = system[col][col];
      largestPivot = Math.max(largestPivot, Math.abs(pivot));
      smallestPivot = Math.min(smallestPivot, Math.abs(pivot));
      if (!(smallestPivot > tolerance.ambiguous() * largestPivot)) {
        return false;
      }
      for (int i = col + 1; i < t; i++) {
        double f = system[i][col] / pivot;
        if (f != 0) {
          for (int j = col; j <= t; j++) {
            system[i][j] -= f * system[col][j];
          }
        }
      }
    }
    double size = 1;
    for (int i = t - 1; i >= 0; i--) {
      double rest = system[i][t];
      for (int j = i + 1; j < t; j++) {
        rest -= system[i][j] * y[j];
      }
      y[i] = rest / system[i][i];
      size = Math.max(size, Math.abs(y[i]));
    }
    // The margin grows with the solution's size and the elimination's pivot spread, the
    // factors by which rounding errors can be amplified.
    double margin = tolerance.ambiguous() * size * (largestPivot / smallestPivot);
    for (int j = 0; j < t; j++) {
      if (y[j] < -margin) {
        return true;
      }
    }
    for (int r = 0; r < k; r++) {
      double row = 0;
      for (int j = 0; j < t; j++) {
        row += polytope.scaledEntry(r, free[j]) * y[j];
      }
      if (1 - row < -margin) {
        return true;
      }
    }
    return false;
  }

  /** Every vertex of the face where the constraints labelled in {@code missing} are tight. */
  private List<BigFraction[]> face(BitSet missing) {
    List<BigFraction[]> independent = new ArrayList<>();
    List<BigFraction[]> echelon = new ArrayList<>();
    List<Integer> chosen = new ArrayList<>();
    for (int label = missing.nextSetBit(0); label >= 0; label = missing.nextSetBit(label + 1)) {
      BigFraction[] row = polytope.tightRow(localOfLabel[label]);
      if (reduceAndAdd(echelon, row)) {
        chosen.add(localOfLabel[label]);
        independent.add(row);
      }
    }
    List<Integer> others = new ArrayList<>();
    for (int v = 0; v < d + k; v++) {
      if (!missing.get(polytope.gameLabel(v))) {
        others.add(v);
      }
    }
    int need = d - chosen.size();
    if (need > others.size()) {
      return List.of();
    }
    if (binomial(others.size(), need).compareTo(BigInteger.valueOf(MAX_FACE_SYSTEMS)) > 0) {
      return null;
    }
    List<BigFraction[]> result = new ArrayList<>();
    Set<BitSet> seen = new HashSet<>();
    int[] pick = new int[need];
    for (int i = 0; i < need; i++) {
      pick[i] = i;
    }
    while (true) {
      faceSystems++;
      BigFraction[][] a = new BigFraction[d][];
      BigFraction[] b = new BigFraction[d];
      for (int i = 0; i < chosen.size(); i++) {
        a[i] = independent.get(i);
        b[i] = chosen.get(i) < d ? BigFraction.ZERO : BigFraction.ONE;
      }
      for (int i = 0; i < need; i++) {
        int v = others.get(pick[i]);
        a[chosen.size() + i] = polytope.tightRow(v);
        b[chosen.size() + i] = v < d ? BigFraction.ZERO : BigFraction.ONE;
      }
      Optional<BigFraction[]> z = ExactLinearSystem.solve(a, b);
      if (z.isPresent() && polytope.contains(z.get())) {
        BitSet labels = polytope.tightLabels(z.get());
        BitSet uncovered = (BitSet) missing.clone();
        uncovered.andNot(labels);
        if (uncovered.isEmpty() && !isOrigin(z.get()) && seen.add(labels)) {
          result.add(z.get());
        }
      }
      if (!nextCombination(pick, others.size())) {
        return result;
      }
    }
  }

  private static boolean isOrigin(BigFraction[] z) {
    for (BigFraction v : z) {
      if (v.getNumerator().signum() != 0) {
        return false;
      }
    }
    return true;
  }

  /** Adds {@code row} to the echelon basis if it is independent of it. */
  private static boolean reduceAndAdd(List<BigFraction[]> echelon, BigFraction[] row) {
    BigFraction[] r = row.clone();
    for (BigFraction[] e : echelon) {
      int lead = leading(e);
      if (r[lead].getNumerator().signum() != 0) {
        BigFraction f = r[lead].divide(e[lead]);
        for (int c = 0; c < r.length; c++) {
          r[c] = r[c].subtract(f.multiply(e[c]));
        }
      }
    }
    if (leading(r) < 0) {
      return false;
    }
    echelon.add(r);
    return true;
  }

  private static int leading(BigFraction[] row) {
    for (int c = 0; c < row.length; c++) {
      if (row[c].getNumerator().signum() != 0) {
        return c;
      }
    }
    return -1;
  }

  /** Advances to the next k-subset of 0..n-1 in lexicographic order; false after the last. */
  private static boolean nextCombination(int[] pick, int n) {
    int i = pick.length - 1;
    while (i >= 0 && pick[i] == n - pick.length + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    pick[i]++;
    for (int j = i + 1; j < pick.length; j++) {
      pick[j] = pick[j - 1] + 1;
    }
    return true;
  }

  private static BigInteger binomial(int n, int r) {
    BigInteger c = BigInteger.ONE;
    for (int i = 1; i <= r; i++) {
      c = c.multiply(BigInteger.valueOf(n - r + i)).divide(BigInteger.valueOf(i));
    }
    return c;
  }
}
