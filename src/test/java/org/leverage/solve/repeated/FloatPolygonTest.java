package org.leverage.solve.repeated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;

class FloatPolygonTest {

  private static FloatPolygon hull(double eps, double... xy) {
    double[] x = new double[xy.length / 2];
    double[] y = new double[xy.length / 2];
    for (int k = 0; k < x.length; k++) {
      x[k] = xy[2 * k];
      y[k] = xy[2 * k + 1];
    }
    return FloatPolygon.hull(x, y, x.length, eps);
  }

  private static String vertices(FloatPolygon p) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < p.size(); k++) {
      s.append('(').append(p.x(k)).append(", ").append(p.y(k)).append(')');
    }
    return s.toString();
  }

  @Test
  void hullIsCounterclockwiseFromTheLeftmostLowestVertexWithoutCollinearPoints() {
    FloatPolygon p = hull(1e-12, 2, 2, 0, 2, 1, 1, 0, 0, 2, 0, 1, 0, 0, 1);
    assertEquals("(0.0, 0.0)(2.0, 0.0)(2.0, 2.0)(0.0, 2.0)", vertices(p));
    assertEquals(0, p.distance(1, 1));
    assertEquals(1, p.distance(3, 1), 1e-15);
    assertEquals(0, p.min(0));
  }

  @Test
  void degenerateHulls() {
    assertEquals(0, hull(1e-12).size());
    FloatPolygon point = hull(1e-12, 1, 1, 1, 1 + 1e-14);
    assertEquals(1, point.size(), vertices(point));
    assertEquals(0, point.distance(1, 1), 1e-13);
    FloatPolygon segment = hull(1e-12, 0, 0, 1, 1, 2, 2);
    assertEquals("(0.0, 0.0)(2.0, 2.0)", vertices(segment));
    assertEquals(Math.sqrt(2), segment.distance(2, 0), 1e-15);
    // Clipping a segment keeps the part above the bound and puts the cut exactly on it.
    FloatPolygon cut = segment.clip(1, 0.5);
    for (int k = 0; k < cut.size(); k++) {
      assertTrue(cut.y(k) >= 0.5);
    }
    assertEquals(0.5, cut.min(1));
  }

  @Test
  void hausdorffDistanceOfNestedSquares() {
    FloatPolygon big = hull(1e-12, 0, 0, 4, 0, 4, 4, 0, 4);
    FloatPolygon small = hull(1e-12, 1, 1, 3, 1, 3, 3, 1, 3);
    assertEquals(Math.sqrt(2), big.hausdorff(small), 1e-15);
    assertEquals(Math.sqrt(2), small.hausdorff(big), 1e-15);
  }

  /**
   * Found by the random-game test: the candidates of one iteration held a true vertex (1, -2), a
   * stage equilibrium, and a point 3.4e-12 to its left. A chord from that point to (1, 3.1), met
   * early in x order, passed within eps of (1, -2), and a hull that popped points within eps of a
   * chord lost the vertex for good; the iteration then cycled between two polygons.
   */
  @Test
  void regressionNearlyVerticalChordKeepsTheTrueVertex() {
    FloatPolygon p =
        hull(
            4e-12,
            1.0,
            4.0,
            1.0,
            -2.0,
            1.0,
            -1.1,
            1.0,
            3.1,
            0.9999999999966,
            -1.25,
            0.9999999999966,
            1.85,
            1.45,
            -2.0000000000034,
            3.25,
            -2.0000000000034);
    assertEquals(0, p.distance(1, -2), 1e-11, vertices(p));
    NormalFormGame g =
        RepeatedGamesTest.game(
            List.of("r0", "r1", "r2"),
            List.of("c0", "c1"),
            new String[][][] {
              {{"1", "3"}, {"1", "4"}}, {{"4", "-4"}, {"1", "-2"}}, {{"1", "2"}, {"-4", "3"}}
            });
    AbreuSannikov.Result r = new AbreuSannikov().solve(g, 0.85);
    assertEquals(new AbreuSannikov.Vertex(1, -2), round(r.vertices().get(0)));
  }

  private static AbreuSannikov.Vertex round(AbreuSannikov.Vertex v) {
    return new AbreuSannikov.Vertex(Math.round(v.u0() * 1e9) / 1e9, Math.round(v.u1() * 1e9) / 1e9);
  }
}
