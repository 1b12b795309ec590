package org.leverage.solve.repeated;

import java.util.Arrays;

/**
 * A convex polygon in the plane in {@code double}, for the floating Abreu-Sannikov iteration:
 * vertices counterclockwise on primitive arrays; one vertex is a point, two a segment, none the
 * empty set. Immutable.
 *
 * <p>Every geometric decision takes a length {@code eps} (the caller's tolerance scaled to the
 * payoffs): points closer than {@code eps} are merged and a vertex within {@code eps} of the line
 * through its neighbours is dropped, so rounding noise never adds vertices.
 */
final class FloatPolygon {

  static final FloatPolygon EMPTY = new FloatPolygon(new double[0], new double[0]);

  private final double[] xs;
  private final double[] ys;

  private FloatPolygon(double[] xs, double[] ys) {
    this.xs = xs;
    this.ys = ys;
  }

  int size() {
    return xs.length;
  }

  double x(int k) {
    return xs[k];
  }

  double y(int k) {
    return ys[k];
  }

  /** Coordinate {@code axis} (0 for x, 1 for y) of vertex k. */
  double coordinate(int k, int axis) {
    return axis == 0 ? xs[k] : ys[k];
  }

  /** The smallest coordinate {@code axis} over the polygon; the polygon must not be empty. */
  double min(int axis) {
    double m = Double.POSITIVE_INFINITY;
    for (int k = 0; k < size(); k++) {
      m = Math.min(m, coordinate(k, axis));
    }
    return m;
  }

  /**
   * The convex hull of the first {@code n} points (Andrew's monotone chain), counterclockwise from
   * the vertex with the smallest x (ties within {@code eps}: the smallest y among them).
   */
  static FloatPolygon hull(double[] px, double[] py, int n, double eps) {
    if (n == 0) {
      return EMPTY;
    }
    if (n == 1) {
      return new FloatPolygon(new double[] {px[0]}, new double[] {py[0]});
    }
    double[][] p = new double[n][];
    for (int k = 0; k < n; k++) {
      p[k] = new double[] {px[k], py[k]};
    }
    Arrays.sort(
        p, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    double[][] h = new double[2 * n + 1][];
    int size = 0;
    for (int pass = 0; pass < 2; pass++) {
      int start = size;
      for (int k = 0; k < n; k++) {
        double[] q = p[pass == 0 ? k : n - 1 - k];
        // No tolerance here: a chord between points met early can pass within eps of a true
        // vertex that a later chord leaves far outside. Near-collinear vertices go in simplify.
        while (size >= start + 2 && cross(h[size - 2], h[size - 1], q) <= 0) {
          size--;
        }
        h[size++] = q;
      }
      size--;
    }
    return simplify(Arrays.copyOf(h, size), eps);
  }

  /** The cross product of (b - a) and (c - a): positive when c lies left of a -> b. */
  private static double cross(double[] a, double[] b, double[] c) {
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  }

  /**
   * Removes vertices within eps of their predecessor or of the segment between their neighbours
   * until none is left (each removal moves the boundary by at most eps), then rotates to the
   * canonical start.
   */
  private static FloatPolygon simplify(double[][] v, double eps) {
    int n = v.length;
    boolean changed = true;
    while (changed && n > 1) {
      changed = false;
      for (int k = 0; k < n && n > 1; k++) {
        double[] a = v[(k + n - 1) % n];
        double[] b = v[k];
        double[] c = v[(k + 1) % n];
        boolean duplicate = Math.hypot(b[0] - a[0], b[1] - a[1]) <= eps;
        boolean collinear = n > 2 && segmentDistance(b[0], b[1], a, c) <= eps;
        if (duplicate || collinear) {
          System.arraycopy(v, k + 1, v, k, n - k - 1);
          n--;
          changed = true;
        }
      }
    }
    int start = 0;
    for (int k = 1; k < n; k++) {
      boolean tie = Math.abs(v[k][0] - v[start][0]) <= eps;
      if (tie ? v[k][1] < v[start][1] : v[k][0] < v[start][0]) {
        start = k;
      }
    }
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int k = 0; k < n; k++) {
      xs[k] = v[(start + k) % n][0];
      ys[k] = v[(start + k) % n][1];
    }
    return new FloatPolygon(xs, ys);
  }

  /**
   * This polygon with vertices within {@code eps} of a neighbour or its neighbours' chord removed.
   */
  FloatPolygon simplified(double eps) {
    double[][] v = new double[size()][];
    for (int k = 0; k < size(); k++) {
      v[k] = new double[] {xs[k], ys[k]};
    }
    return simplify(v, eps);
  }

  /** The Euclidean distance from (x, y) to the polygon, 0 inside; infinite if it is empty. */
  double distance(double x, double y) {
    int n = size();
    if (n == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (n == 1) {
      return Math.hypot(x - xs[0], y - ys[0]);
    }
    boolean inside = n > 2;
    double best = Double.POSITIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      int l = (k + 1) % n;
      double cross = (xs[l] - xs[k]) * (y - ys[k]) - (ys[l] - ys[k]) * (x - xs[k]);
      inside &= cross >= 0;
      best =
          Math.min(
              best,
              segmentDistance(x, y, new double[] {xs[k], ys[k]}, new double[] {xs[l], ys[l]}));
    }
    return inside ? 0 : best;
  }

  private static double segmentDistance(double x, double y, double[] a, double[] b) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / len2));
    return Math.hypot(x - a[0] - t * dx, y - a[1] - t * dy);
  }

  /**
   * The Hausdorff distance to {@code other}. For convex polygons the distance to a convex set is a
   * convex function, so each one-sided supremum is attained at a vertex.
   */
  double hausdorff(FloatPolygon other) {
    double d = 0;
    for (int k = 0; k < size(); k++) {
      d = Math.max(d, other.distance(xs[k], ys[k]));
    }
    for (int k = 0; k < other.size(); k++) {
      d = Math.max(d, distance(other.xs[k], other.ys[k]));
    }
    return d;
  }

  /**
   * The vertices of the part with coordinate {@code axis >= bound} (Sutherland-Hodgman), in order;
   * for a segment the cut point may repeat. Crossing points get exactly {@code bound}.
   */
  FloatPolygon clip(int axis, double bound) {
    int n = size();
    double[] ox = new double[2 * n];
    double[] oy = new double[2 * n];
    int m = 0;
    for (int k = 0; k < n; k++) {
      int l = (k + 1) % n;
      double ak = coordinate(k, axis);
      double al = coordinate(l, axis);
      boolean kIn = ak >= bound;
      if (kIn) {
        ox[m] = xs[k];
        oy[m++] = ys[k];
      }
      if (n > 1 && kIn != (al >= bound)) {
        double t = (bound - ak) / (al - ak);
        ox[m] = axis == 0 ? bound : xs[k] + t * (xs[l] - xs[k]);
        oy[m++] = axis == 1 ? bound : ys[k] + t * (ys[l] - ys[k]);
      }
    }
    return new FloatPolygon(Arrays.copyOf(ox, m), Arrays.copyOf(oy, m));
  }
}
