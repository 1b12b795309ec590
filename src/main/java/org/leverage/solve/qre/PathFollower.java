package org.leverage.solve.qre;

import java.util.Optional;

/**
 * Follows the curve {@code H(z) = 0} of a {@link LogitSystem} from uniform play at lambda = 0 by
 * predictor-corrector continuation in arc length (Allgower and Georg, "Introduction to Numerical
 * Continuation Methods", 1990, ch. 2-3 and 6; the step control of {@code gambit-logit}, Turocy
 * 2005): an Euler predictor along the unit tangent, a Newton corrector orthogonal to it, and a step
 * that grows by at most the acceleration factor after an easy step and shrinks after a hard or
 * rejected one. Parametrising by arc length rather than lambda lets the path pass turning points
 * where lambda decreases for a while.
 *
 * <p>The tangent solves {@code [J(z); t_prev] t = e}, so its orientation is inherited from the
 * previous tangent (at the start: lambda increasing); the follower therefore keeps its direction
 * through turning points and through simple bifurcations it steps over.
 *
 * <p>One instance follows one path and holds its position: it is internal to the stateless {@link
 * LogitBranch} methods and never shared.
 */
final class PathFollower {

  /** Largest first Newton correction accepted, in arc length (as gambit-logit). */
  private static final double MAX_DISTANCE = 0.4;

  /** Largest ratio of successive Newton corrections accepted (as gambit-logit). */
  private static final double MAX_CONTRACTION = 0.6;

  /** A step smaller than this means the path cannot be followed further. */
  static final double MIN_STEP = 1e-10;

  /** Newton converges when a correction is below this, relative to the point's size. */
  private static final double NEWTON_TOLERANCE = 1e-11;

  private static final int MAX_CORRECTIONS = 30;

  private final LogitSystem system;
  private final double maxAcceleration;
  private double[] point;
  private double[] tangent;
  private double step;

  PathFollower(LogitSystem system, double firstStep, double maxAcceleration) {
    this.system = system;
    this.maxAcceleration = maxAcceleration;
    this.point = system.start();
    double[] up = new double[point.length];
    up[up.length - 1] = 1;
    this.tangent =
        tangent(point, up)
            .orElseThrow(() -> new IllegalStateException("singular Jacobian at lambda = 0"));
    this.step = firstStep;
  }

  double[] point() {
    return point.clone();
  }

  double[] tangent() {
    return tangent.clone();
  }

  double lambda() {
    return point[point.length - 1];
  }

  /**
   * Moves to the next point of the path: predicts along the tangent, corrects by Newton, and adapts
   * the step.
   *
   * @return false when the step fell below {@link #MIN_STEP} before a step was accepted (the path
   *     cannot be followed further from here)
   */
  boolean advance() {
    while (step >= MIN_STEP) {
      double[] u = new double[point.length];
      for (int k = 0; k < u.length; k++) {
        u[k] = point[k] + step * tangent[k];
      }
      Optional<Double> deceleration = correct(u, tangent);
      Optional<double[]> next = deceleration.isPresent() ? tangent(u, tangent) : Optional.empty();
      if (next.isEmpty()) {
        step /= maxAcceleration;
        continue;
      }
      point = u;
      tangent = next.get();
      step /= deceleration.get();
      return true;
    }
    return false;
  }

  /**
   * Newton's method on {@code H(u) = 0} with corrections orthogonal to {@code t}, in place.
   *
   * @return the factor to divide the step by (at least {@code 1 / maxAcceleration}, at most {@code
   *     maxAcceleration}), or empty when the corrector failed: a first correction above {@link
   *     #MAX_DISTANCE}, a contraction above {@link #MAX_CONTRACTION}, a singular system or no
   *     convergence
   */
  private Optional<Double> correct(double[] u, double[] t) {
    double deceleration = 1 / maxAcceleration;
    double previous = 0;
    for (int iteration = 0; iteration < MAX_CORRECTIONS; iteration++) {
      double[][] jac = system.jacobian(u);
      double[][] a = new double[u.length][];
      System.arraycopy(jac, 0, a, 0, jac.length);
      a[u.length - 1] = t;
      double[] b = new double[u.length];
      System.arraycopy(system.residual(u), 0, b, 0, u.length - 1);
      Optional<double[]> d = DenseSolve.solve(a, b);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      double dist = norm(d.get());
      for (int k = 0; k < u.length; k++) {
        u[k] -= d.get()[k];
      }
      if (iteration == 0) {
        if (dist > MAX_DISTANCE) {
          return Optional.empty();
        }
        deceleration = Math.max(deceleration, Math.sqrt(dist / MAX_DISTANCE) * maxAcceleration);
      }
      double tolerance = NEWTON_TOLERANCE * (1 + maxAbs(u));
      if (dist <= tolerance) {
        return Optional.of(Math.min(deceleration, maxAcceleration));
      }
      if (iteration > 0 && dist > 100 * tolerance) {
        double contraction = dist / previous;
        if (contraction > MAX_CONTRACTION) {
          return Optional.empty();
        }
        if (iteration == 1) {
          deceleration =
              Math.max(deceleration, Math.sqrt(contraction / MAX_CONTRACTION) * maxAcceleration);
        }
      }
      previous = dist;
    }
    return Optional.empty();
  }

  /**
   * The unit tangent of the path at {@code z}, oriented as {@code orientation}: the solution of
   * {@code [J(z); orientation] t = e_last}, normalised; empty where that system is singular.
   */
  private Optional<double[]> tangent(double[] z, double[] orientation) {
    double[][] jac = system.jacobian(z);
    double[][] a = new double[z.length][];
    System.arraycopy(jac, 0, a, 0, jac.length);
    a[z.length - 1] = orientation;
    double[] e = new double[z.length];
    e[z.length - 1] = 1;
    return DenseSolve.solve(a, e)
        .map(
            t -> {
              double n = norm(t);
              for (int k = 0; k < t.length; k++) {
                t[k] /= n;
              }
              return t;
            });
  }

  /**
   * The point of the path at exactly {@code lambda} near {@code guess}: Newton's method on the
   * equations with lambda fixed, from {@code guess}'s log-probabilities. Empty when it does not
   * converge.
   */
  Optional<double[]> pointAt(double[] guess, double lambda) {
    return pointAt(system, guess, lambda);
  }

  static Optional<double[]> pointAt(LogitSystem system, double[] guess, double lambda) {
    int n = system.equations();
    double[] z = guess.clone();
    z[n] = lambda;
    for (int iteration = 0; iteration < MAX_CORRECTIONS; iteration++) {
      double[][] jac = system.jacobian(z);
      Optional<double[]> d = DenseSolve.solve(jac, system.residual(z));
      if (d.isEmpty()) {
        return Optional.empty();
      }
      double dist = 0;
      for (int k = 0; k < n; k++) {
        z[k] -= d.get()[k];
        dist = Math.max(dist, Math.abs(d.get()[k]));
      }
      if (dist <= NEWTON_TOLERANCE * (1 + maxAbs(z))) {
        return Optional.of(z);
      }
    }
    return Optional.empty();
  }

  /**
   * The derivative of the log-probabilities in lambda at the path point {@code z}: the solution of
   * {@code J_y w = -J_lambda}; empty where the path turns (singular {@code J_y}).
   */
  static Optional<double[]> slope(LogitSystem system, double[] z) {
    double[][] jac = system.jacobian(z);
    int n = system.equations();
    double[] b = new double[n];
    for (int r = 0; r < n; r++) {
      b[r] = -jac[r][n];
    }
    return DenseSolve.solve(jac, b);
  }

  private static double norm(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v * v;
    }
    return Math.sqrt(s);
  }

  private static double maxAbs(double[] x) {
    double m = 0;
    for (double v : x) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
