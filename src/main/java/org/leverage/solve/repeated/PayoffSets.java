package org.leverage.solve.repeated;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;

/**
 * The feasible and the feasible, individually rational payoff sets of a two-player game, as exact
 * convex polygons: the convex hull of the pure payoff vectors (Andrew's monotone chain, exact cross
 * products), clipped to {@code u_i >= v_i} for the minmax values {@code v_i} (Sutherland-Hodgman,
 * exact). By the folk theorem (Fudenberg and Maskin 1986) every point in the interior of the second
 * set is an equilibrium payoff of the repeated game for discount factors close enough to 1.
 *
 * <p>Vertices are listed counterclockwise from the lexicographically smallest (by {@code u0}, then
 * {@code u1}), without repeated or collinear points; a hull that is a segment has two vertices, a
 * point one. Cost {@code O(c log c)} for {@code c} cells plus the minmax values.
 */
public final class PayoffSets {

  private PayoffSets() {}

  /**
   * The two polygons and the minmax values used.
   *
   * @param feasible vertices of the convex hull of the pure payoff vectors
   * @param individuallyRational vertices of its part with {@code u_i >= v_i}; never empty with
   *     mixed minmax values (every Nash equilibrium payoff lies in it), possibly empty with pure
   *     ones
   * @param minmax the minmax value of each player
   */
  public record Result(
      List<PayoffPoint> feasible,
      List<PayoffPoint> individuallyRational,
      List<BigFraction> minmax) {
    public Result {
      feasible = ImmutableList.copyOf(feasible);
      individuallyRational = ImmutableList.copyOf(individuallyRational);
      minmax = ImmutableList.copyOf(minmax);
    }
  }

  /** Both sets, with mixed minmax values when {@code mixedMinmax}, else pure ones. */
  public static Result of(NormalFormGame game, boolean mixedMinmax) {
    List<BigFraction> v = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      v.add((mixedMinmax ? Minmax.mixed(game, p) : Minmax.pure(game, p)).value());
    }
    List<PayoffPoint> points = new ArrayList<>();
    for (int c = 0; c < game.numCells(); c++) {
      points.add(new PayoffPoint(game.payoff(0, c), game.payoff(1, c)));
    }
    List<PayoffPoint> hull = convexHull(points);
    // Clipping can repeat points and leave collinear ones; the hull of the result removes them.
    List<PayoffPoint> ir = convexHull(clip(clip(hull, 0, v.get(0)), 1, v.get(1)));
    return new Result(hull, ir, v);
  }

  /** The convex hull, counterclockwise from the lexicographically smallest point. */
  static List<PayoffPoint> convexHull(List<PayoffPoint> points) {
    TreeSet<PayoffPoint> distinct = new TreeSet<>(PayoffPoint.LEXICOGRAPHIC);
    distinct.addAll(points);
    List<PayoffPoint> p = new ArrayList<>(distinct);
    if (p.size() <= 2) {
      return p;
    }
    List<PayoffPoint> hull = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      int start = hull.size();
      for (PayoffPoint q : p) {
        while (hull.size() >= start + 2
            && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), q) <= 0) {
          hull.remove(hull.size() - 1);
        }
        hull.add(q);
      }
      hull.remove(hull.size() - 1);
      Collections.reverse(p);
    }
    return hull;
  }

  /** The sign of the cross product of (b - a) and (c - a): positive when c is left of a -> b. */
  private static int cross(PayoffPoint a, PayoffPoint b, PayoffPoint c) {
    BigFraction x =
        b.u0()
            .subtract(a.u0())
            .multiply(c.u1().subtract(a.u1()))
            .subtract(b.u1().subtract(a.u1()).multiply(c.u0().subtract(a.u0())));
    return x.compareTo(BigFraction.ZERO);
  }

  /** The part of the polygon with {@code u_player >= bound}. */
  private static List<PayoffPoint> clip(List<PayoffPoint> polygon, int player, BigFraction bound) {
    List<PayoffPoint> out = new ArrayList<>();
    int n = polygon.size();
    if (n == 1) {
      return polygon.get(0).get(player).compareTo(bound) >= 0 ? polygon : out;
    }
    for (int k = 0; k < n; k++) {
      PayoffPoint a = polygon.get(k);
      PayoffPoint b = polygon.get((k + 1) % n);
      boolean aIn = a.get(player).compareTo(bound) >= 0;
      boolean bIn = b.get(player).compareTo(bound) >= 0;
      if (aIn) {
        out.add(a);
      }
      if (aIn != bIn) {
        BigFraction t = bound.subtract(a.get(player)).divide(b.get(player).subtract(a.get(player)));
        out.add(
            new PayoffPoint(
                a.u0().add(t.multiply(b.u0().subtract(a.u0()))),
                a.u1().add(t.multiply(b.u1().subtract(a.u1())))));
      }
    }
    return out;
  }
}
