package org.leverage.solve.nplayer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Every real solution of a {@link SupportSystem} in the simplex, by interval subdivision: the box
 * {@code [-SLACK, 1 + SLACK]^n} is bisected along its widest side, depth first, and each box is
 *
 * <ul>
 *   <li>discarded when it misses the simplex, or when some equation cannot vanish on it: the
 *       equation's value at the centre exceeds the sum of |coefficient| x (product of half-widths)
 *       over the other monomials of its expansion around the centre, a bound that is exact for
 *       multilinear polynomials up to the signs of the terms;
 *   <li>decided by the Krawczyk test (R. Krawczyk, Computing 4, 1969; R. E. Moore, Interval
 *       Analysis, 1966): with {@code Y} the inverse Jacobian at the centre {@code c} and {@code
 *       J(X)} the interval Jacobian on the box, {@code K = c - Y f(c) + (I - Y J(X))(X - c)}; if
 *       {@code K} misses the box there is no solution in it, if it lies inside the box's interior
 *       there is exactly one, which Newton's method from {@code c} converges to and polishes;
 *   <li>else bisected, until its half-width is below {@link #MIN_RADIUS}: then Newton's method from
 *       its centre decides. A solution found there whose Jacobian is singular (condition number
 *       above {@link #SINGULAR_CONDITION}) is not isolated, or isolated but of multiplicity above
 *       one: it is returned, flagged, and the search of this support stops (a continuum would
 *       otherwise be followed box by box).
 * </ul>
 *
 * <p>This is the method of Gambit's {@code enumpoly} (subdivision of the orthant with Taylor bounds
 * and Newton's method, Datta 2010; McKelvey and McLennan 1997) with Krawczyk's uniqueness test in
 * place of the Kantorovich bound. Found isolated, regular solutions are complete up to the interval
 * bounds being computed in floating point (a few ulps, covered by the margins below). Work is
 * bounded by {@link #MAX_BOXES} boxes per system; past it the search stops and says so.
 */
final class RootIsolation {

  /** How far outside [0, 1] the first box reaches, so that roots on the boundary are interior. */
  static final double SLACK = 1e-3;

  /** How far the first box's centre is moved from 1/2. */
  private static final double SKEW = 0.000_123_456_789;

  /** Half-width below which a box is no longer bisected. */
  static final double MIN_RADIUS = 1e-9;

  /** Condition number of the Jacobian above which a solution counts as singular. */
  static final double SINGULAR_CONDITION = 1e10;

  /** The most boxes examined per support system. */
  static final int MAX_BOXES = 1_000_000;

  private static final int NEWTON_STEPS = 60;

  /**
   * What the search found.
   *
   * @param roots the solutions found, polished by Newton's method, in the order found
   * @param singular whether a singular solution stopped the search
   * @param exhausted whether {@link #MAX_BOXES} stopped the search
   * @param boxes the boxes examined
   */
  record Outcome(List<double[]> roots, boolean singular, boolean exhausted, long boxes) {}

  private RootIsolation() {}

  static Outcome solve(SupportSystem system) {
    int n = system.unknowns();
    int[] deficient = Structure.deficientEquations(system);
    if (deficient.length == 0) {
      return search(system, allOf(n), true);
    }
    // Some equations involve fewer unknowns than there are of them: the Jacobian is singular
    // everywhere, so no solution is isolated and regular. Only whether those equations have a
    // common solution in the simplex is decided, on their own unknowns.
    Outcome o = search(system, deficient, false);
    return new Outcome(List.of(), o.singular(), o.exhausted(), o.boxes());
  }

  private static int[] allOf(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  /**
   * Subdivision over the unknowns that {@code equations} involve. {@code square}: the equations are
   * all of them, and the Krawczyk test isolates solutions; otherwise boxes are only excluded, and
   * the first box of {@link #MIN_RADIUS} that cannot be ends the search as {@code singular}.
   */
  private static Outcome search(SupportSystem system, int[] equations, boolean square) {
    int n = system.unknowns();
    boolean[] involved = Structure.involved(system, equations);
    List<double[]> roots = new ArrayList<>();
    Deque<double[][]> stack = new ArrayDeque<>();
    double[] c0 = new double[n];
    double[] r0 = new double[n];
    // Not centred on 1/2: bisection points then avoid simple fractions, where solutions often
    // lie and would sit on the faces between boxes.
    for (int i = 0; i < n; i++) {
      c0[i] = involved[i] ? 0.5 + SKEW : 0;
      r0[i] = involved[i] ? 0.5 + SLACK : 0;
    }
    stack.push(new double[][] {c0, r0});
    long boxes = 0;
    while (!stack.isEmpty()) {
      if (boxes++ >= MAX_BOXES) {
        return new Outcome(roots, false, true, boxes);
      }
      double[][] box = stack.pop();
      double[] c = box[0];
      double[] r = box[1];
      double[] smear = new double[n];
      Verdict v = examine(system, equations, square, c, r, smear);
      if (v == Verdict.EMPTY) {
        continue;
      }
      if (v == Verdict.CONTRACTED) {
        stack.push(box);
        continue;
      }
      if (v == Verdict.UNIQUE) {
        double[] root = newton(system, c);
        if (root != null && inside(root, c, r, 1e-9)) {
          roots.add(root);
          continue;
        }
      }
      int widest = -1;
      double widestRadius = 0;
      int split = -1;
      for (int i = 0; i < n; i++) {
        if (r[i] > widestRadius) {
          widest = i;
          widestRadius = r[i];
        }
        if (r[i] >= MIN_RADIUS && (split < 0 || smear[i] > smear[split])) {
          split = i;
        }
      }
      if (widest < 0 || widestRadius < MIN_RADIUS) {
        if (!square) {
          return new Outcome(roots, true, false, boxes);
        }
        // The bounds could not exclude this tiny box, so the equations nearly vanish on it. Where
        // Newton's method fails there the solution is singular and the centre stands for it.
        double[] root = newton(system, c);
        if (root == null || !inside(root, c, r, 4 * MIN_RADIUS)) {
          roots.add(c);
          return new Outcome(roots, true, false, boxes);
        }
        roots.add(root);
        if (condition(system, root) > SINGULAR_CONDITION) {
          return new Outcome(roots, true, false, boxes);
        }
        continue;
      }
      // Bisect where the equations vary most over the box (largest smear, Kearfott 1996), which
      // resolves faster than the widest side when some equations ignore some unknowns.
      double half = r[split] / 2;
      for (int sign : new int[] {1, -1}) {
        double[] cc = c.clone();
        double[] rr = r.clone();
        cc[split] += sign * half;
        rr[split] = half;
        stack.push(new double[][] {cc, rr});
      }
    }
    return new Outcome(roots, false, false, boxes);
  }

  private enum Verdict {
    EMPTY,
    UNIQUE,
    /** The box was contracted to its intersection with the Krawczyk box: examine it again. */
    CONTRACTED,
    UNDECIDED
  }

  /**
   * Decides a box from the bounds of {@code equations} on it; fills {@code smear} with each
   * unknown's largest |partial derivative| x half-width over them.
   */
  private static Verdict examine(
      SupportSystem system,
      int[] equations,
      boolean square,
      double[] c,
      double[] r,
      double[] smear) {
    int n = c.length;
    if (!system.clipToSimplex(c, r, SLACK)) {
      return Verdict.EMPTY;
    }
    double[] f = new double[n];
    double[][] jc = new double[n][n];
    double[][] jr = new double[n][n];
    for (int e : equations) {
      double[] t = system.expand(e, c);
      f[e] = t[0];
      double spread = 0;
      double scale = Math.abs(t[0]);
      for (int k = 1; k < t.length; k++) {
        if (t[k] == 0) {
          continue;
        }
        int[] vars = system.monomial(e, k);
        double prod = Math.abs(t[k]);
        scale = Math.max(scale, prod);
        for (int v : vars) {
          prod *= r[v];
        }
        spread += prod;
        if (vars.length == 1) {
          jc[e][vars[0]] = t[k];
        } else {
          for (int v : vars) {
            double others = Math.abs(t[k]);
            for (int u : vars) {
              others *= u == v ? 1 : r[u];
            }
            jr[e][v] += others;
          }
        }
      }
      for (int v = 0; v < n; v++) {
        smear[v] = Math.max(smear[v], (Math.abs(jc[e][v]) + jr[e][v]) * r[v]);
      }
      // A margin of a few ulps of the largest term covers the rounding of the expansion.
      double margin = 64 * Math.ulp(scale) * t.length;
      if (Math.abs(t[0]) > spread + margin || excludedAtVertices(system, e, t, r, margin)) {
        return Verdict.EMPTY;
      }
    }
    if (!square) {
      return Verdict.UNDECIDED;
    }
    RealMatrix jacobian = new Array2DRowRealMatrix(jc, false);
    DecompositionSolver lu = new LUDecomposition(jacobian, 1e-300).getSolver();
    if (!lu.isNonSingular()) {
      return Verdict.UNDECIDED;
    }
    RealMatrix y = lu.getInverse();
    double[] yf = y.operate(f);
    RealMatrix residual = MatrixUtils.createRealIdentityMatrix(n).subtract(y.multiply(jacobian));
    boolean inside = true;
    double[] newCentre = new double[n];
    double[] newRadius = new double[n];
    double before = 0;
    double after = 0;
    for (int i = 0; i < n; i++) {
      double width = 0;
      for (int k = 0; k < n; k++) {
        double d = Math.abs(residual.getEntry(i, k));
        for (int m = 0; m < n; m++) {
          d += Math.abs(y.getEntry(i, m)) * jr[m][k];
        }
        width += d * r[k];
      }
      width = width * (1 + 1e-12) + 1e-15 * (1 + Math.abs(c[i]));
      double lo = -yf[i] - width;
      double hi = -yf[i] + width;
      if (lo > r[i] || hi < -r[i]) {
        return Verdict.EMPTY;
      }
      inside &= lo > -r[i] && hi < r[i];
      double a = Math.max(lo, -r[i]);
      double b = Math.min(hi, r[i]);
      newCentre[i] = c[i] + (a + b) / 2;
      newRadius[i] = (b - a) / 2;
      before += r[i];
      after += newRadius[i];
    }
    if (inside) {
      return Verdict.UNIQUE;
    }
    // Every solution in the box lies in K too (interval Newton): shrink the box to the
    // intersection, outward by a margin for rounding, when that gains at least a fifth.
    if (after < 0.8 * before) {
      for (int i = 0; i < n; i++) {
        c[i] = newCentre[i];
        r[i] = r[i] == 0 ? 0 : Math.min(r[i], newRadius[i] * (1 + 1e-9) + 1e-15);
      }
      return Verdict.CONTRACTED;
    }
    return Verdict.UNDECIDED;
  }

  /** The most unknowns of one equation whose box vertices are enumerated. */
  private static final int MAX_VERTEX_UNKNOWNS = 10;

  /**
   * Whether equation {@code e}, expanded around the box centre as {@code t}, keeps one sign on the
   * box. It is affine in each unknown separately (a monomial holds at most one unknown of each
   * player, each to the first power), so its range over a box is spanned by its values at the
   * vertices: exact, where the centred bound above overestimates. Only the unknowns the equation
   * involves are enumerated, up to {@link #MAX_VERTEX_UNKNOWNS}.
   */
  private static boolean excludedAtVertices(
      SupportSystem system, int e, double[] t, double[] r, double margin) {
    int n = r.length;
    int[] position = new int[n];
    java.util.Arrays.fill(position, -1);
    int count = 0;
    for (int k = 1; k < t.length; k++) {
      if (t[k] != 0) {
        for (int v : system.monomial(e, k)) {
          if (position[v] < 0 && r[v] > 0) {
            position[v] = count++;
          }
        }
      }
    }
    if (count == 0 || count > MAX_VERTEX_UNKNOWNS) {
      return false;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int mask = 0; mask < 1 << count; mask++) {
      double value = t[0];
      for (int k = 1; k < t.length; k++) {
        if (t[k] == 0) {
          continue;
        }
        double term = t[k];
        for (int v : system.monomial(e, k)) {
          term *= position[v] < 0 ? 0 : ((mask >> position[v] & 1) == 0 ? -r[v] : r[v]);
        }
        value += term;
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
      if (min <= margin && max >= -margin) {
        return false;
      }
    }
    return true;
  }

  /** Newton's method from {@code start}; null when it does not converge. */
  static double[] newton(SupportSystem system, double[] start) {
    double[] x = start.clone();
    for (int step = 0; step < NEWTON_STEPS; step++) {
      double[] f = system.residual(x);
      DecompositionSolver lu =
          new LUDecomposition(new Array2DRowRealMatrix(system.jacobian(x), false), 1e-300)
              .getSolver();
      if (!lu.isNonSingular()) {
        return null;
      }
      double[] dx = lu.solve(new ArrayRealVector(f, false)).toArray();
      double size = 0;
      for (int i = 0; i < x.length; i++) {
        x[i] -= dx[i];
        size = Math.max(size, Math.abs(dx[i]));
      }
      if (!Double.isFinite(size) || size > 10) {
        return null;
      }
      if (size <= 4 * Math.ulp(1.0)) {
        return x;
      }
    }
    // No further progress below rounding: accept a point whose residual is tiny.
    double worst = 0;
    for (double v : system.residual(x)) {
      worst = Math.max(worst, Math.abs(v));
    }
    return worst < 1e-10 ? x : null;
  }

  private static boolean inside(double[] x, double[] c, double[] r, double margin) {
    for (int i = 0; i < x.length; i++) {
      if (Math.abs(x[i] - c[i]) > r[i] + margin) {
        return false;
      }
    }
    return true;
  }

  private static double condition(SupportSystem system, double[] x) {
    return new SingularValueDecomposition(new Array2DRowRealMatrix(system.jacobian(x), false))
        .getConditionNumber();
  }
}
