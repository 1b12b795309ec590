package org.leverage.solve.repeated;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.IterationLimitException;

/**
 * The set V* of payoff pairs of all pure-strategy subgame-perfect equilibria, with public
 * randomisation, of an infinitely repeated two-player game with perfect monitoring and common
 * discount factor {@code delta}, by the algorithm of Abreu and Sannikov (2014, "An algorithm for
 * two-player repeated games with perfect monitoring", Theoretical Economics 9, 313-338), a fast
 * form of the operator of Abreu, Pearce and Stacchetti (1990, Econometrica 58). QuantEcon's {@code
 * RepeatedGame.equilibrium_payoffs} computes the same set.
 *
 * <p>Payoffs are normalised ({@code (1 - delta) sum_t delta^t u_t}). With {@code h_i(a)} player i's
 * best one-period gain from deviating from profile a and {@code P_i(W) = min_{w in W} w_i} the
 * worst continuation of player i in a convex polygon W, profile a is enforced by a continuation w
 * iff {@code w_i >= IC_i(a) = P_i(W) + (1 - delta) / delta * h_i(a)} for both players. Every
 * extreme point of V* is either {@code g(a)} itself (a repeated forever) or {@code (1 - delta) g(a)
 * + delta w} with w on the boundary of V* and a binding incentive constraint (AS 2014), which gives
 * at most four points w per profile. One iteration maps W to the convex hull of
 *
 * <ul>
 *   <li>{@code g(a)}, for every a with {@code g(a) >= IC(a)} and {@code g(a)} in W, and
 *   <li>{@code (1 - delta) g(a) + delta w}, for every a and every vertex w of {@code W ∩ {w >=
 *       IC(a)}} on one of the lines {@code w_i = IC_i(a)} (the crossings of W's boundary with these
 *       lines, and the corner {@code IC(a)} when it lies in W),
 * </ul>
 *
 * <p>each a point the APS operator generates from W. Unlike QuantEcon, which keeps only {@code
 * g(a)} when it qualifies, both kinds are kept: the image is larger but still inside the APS image,
 * and the iteration does not depend on which profile's stationary point happens to lie in W. The
 * iteration starts from the feasible payoffs with {@code u_i >=} the pure minmax value (computed
 * exactly by {@link PayoffSets}), which contains V* because a player can always earn its pure
 * minmax value by best-responding in every period. It stops when the Hausdorff distance between
 * successive polygons is at most {@code tolerance * scale}, {@code scale = max(1, max |payoff|)}.
 * If a polygon becomes empty no pure SPE exists: the result is then empty. V* is never empty when
 * the stage game has a pure Nash equilibrium (its repetition is an SPE), and may be nonempty
 * without one.
 *
 * <p>Floating point ({@code double}): decisions use the length {@code eps = precision.zero() *
 * scale} (an incentive constraint violated by at most {@code eps} counts as met, points closer than
 * {@code eps} merge). The vertices agree with QuantEcon's published values to all the 9 significant
 * digits printed there; the contract checked by the tests is {@code 1e-6 * scale} per coordinate,
 * and the polygon self-generates (APS 1990) to within {@code 1e-7 * scale}.
 *
 * <p>Cost per iteration: {@code O(c n)} for {@code c} stage cells and n = O(c) vertices. The number
 * of iterations is 1 when the starting polygon already generates itself and grows like {@code
 * log(tolerance) / log(delta)} when the convergence is geometric: up to about 2,000 at delta 0.99
 * on random games up to 5x5.
 */
public final class AbreuSannikov {

  /**
   * Options.
   *
   * @param tolerance convergence threshold on the Hausdorff distance between successive polygons,
   *     relative to the payoff scale; positive
   * @param maxIterations the most iterations before {@link IterationLimitException}; at least 1
   * @param precision the floating-point tolerance of geometric decisions ({@link Tolerance#zero()}
   *     relative to the payoff scale)
   */
  public record Options(double tolerance, int maxIterations, Tolerance precision) {

    /**
     * Tolerance {@code 1e-10}, 10,000 iterations, precision {@code 1e-12}. The precision only has
     * to absorb rounding noise, and the iteration can shift the set by up to {@code precision / (1
     * - delta)} (a slack admitted per period is discounted, not removed), so it is kept far below
     * {@link Tolerance#DEFAULT}'s; the tolerance must stay well above it, as merging points within
     * the precision makes successive polygons differ by a few times the precision even at the fixed
     * point.
     */
    public static final Options DEFAULT = new Options(1e-10, 10_000, new Tolerance(1e-12, 1e-9));

    public Options {
      Objects.requireNonNull(precision, "precision");
      if (!(tolerance > 0 && tolerance < 1)) {
        throw new IllegalArgumentException("tolerance must be in (0, 1) but was " + tolerance);
      }
      if (maxIterations < 1) {
        throw new IllegalArgumentException(
            "maxIterations must be at least 1 but was " + maxIterations);
      }
    }
  }

  /** A vertex of the payoff polygon: player 1's and player 2's normalised payoffs. */
  public record Vertex(double u0, double u1) {}

  /**
   * The result.
   *
   * @param discount the discount factor used
   * @param vertices the polygon approximating V*, counterclockwise from the vertex with the
   *     smallest {@code u0} (ties within the tolerance: the smallest {@code u1}); one vertex for a
   *     point, two for a segment, none when no pure SPE exists. Vertices within {@code tolerance *
   *     scale} of a neighbour, or of the segment between their neighbours, are merged.
   * @param punishments each player's worst payoff in the polygon, {@code P_i}; empty with the set
   * @param iterations the iterations run
   * @param hausdorffChange the Hausdorff distance between the last two polygons (for an empty
   *     result, 0)
   * @param candidatePoints the points generated over all iterations, before taking hulls
   */
  public record Result(
      double discount,
      List<Vertex> vertices,
      List<Double> punishments,
      int iterations,
      double hausdorffChange,
      long candidatePoints) {

    public Result {
      vertices = ImmutableList.copyOf(vertices);
      punishments = ImmutableList.copyOf(punishments);
    }

    /** Whether no pure-strategy SPE exists. */
    public boolean empty() {
      return vertices.isEmpty();
    }

    /** {@code "abreu-sannikov"}. */
    public String method() {
      return "abreu-sannikov";
    }
  }

  private final Options options;

  public AbreuSannikov() {
    this(Options.DEFAULT);
  }

  public AbreuSannikov(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public Options options() {
    return options;
  }

  /** V* of an infinitely repeated game; its discount must be positive. */
  public Result solve(RepeatedGame game) {
    if (game.horizon().isPresent()) {
      throw new IllegalArgumentException(
          "Abreu-Sannikov needs an infinitely repeated game but the horizon is "
              + game.horizon().getAsInt()
              + " periods; use FiniteRepetition");
    }
    return solve(game.stage(), game.discount());
  }

  /** V* at an exact discount factor in (0, 1). */
  public Result solve(NormalFormGame stage, BigFraction discount) {
    Objects.requireNonNull(discount, "discount");
    if (discount.compareTo(BigFraction.ZERO) <= 0 || discount.compareTo(BigFraction.ONE) >= 0) {
      throw new IllegalArgumentException("discount factor must be in (0, 1) but was " + discount);
    }
    return solve(stage, discount.doubleValue());
  }

  /** V* at a discount factor in (0, 1). */
  public Result solve(NormalFormGame stage, double discount) {
    Objects.requireNonNull(stage, "stage");
    requireTwoPlayers("Abreu-Sannikov", stage.numPlayers());
    if (!(discount > 0 && discount < 1)) {
      throw new IllegalArgumentException("discount factor must be in (0, 1) but was " + discount);
    }
    int cells = stage.numCells();
    double[][] g = new double[2][cells];
    double[][] weightedGain = new double[2][cells];
    double scale = 1;
    for (int p = 0; p < 2; p++) {
      for (int c = 0; c < cells; c++) {
        g[p][c] = stage.payoffAsDouble(p, c);
        scale = Math.max(scale, Math.abs(g[p][c]));
      }
      for (int c = 0; c < cells; c++) {
        weightedGain[p][c] =
            (1 - discount) / discount * (bestDeviation(stage, g[p], p, c) - g[p][c]);
      }
    }
    double eps = options.precision().zero() * scale;
    FloatPolygon w = initial(stage, eps);
    double[] px = new double[8 * cells];
    double[] py = new double[8 * cells];
    if (w.size() == 0) {
      return new Result(discount, List.of(), List.of(), 0, 0, 0);
    }
    long candidates = 0;
    double change = 0;
    for (int iteration = 1; iteration <= options.maxIterations(); iteration++) {
      double[] ic = new double[2];
      double[] punish = {w.min(0), w.min(1)};
      int n = 0;
      for (int c = 0; c < cells; c++) {
        ic[0] = punish[0] + weightedGain[0][c];
        ic[1] = punish[1] + weightedGain[1][c];
        if (g[0][c] >= ic[0] - eps
            && g[1][c] >= ic[1] - eps
            && w.distance(g[0][c], g[1][c]) <= eps) {
          px[n] = g[0][c];
          py[n++] = g[1][c];
        }
        // A constraint violated by at most eps counts as met, so that a polygon that has
        // shrunk to a point on the constraint (a repeated stage equilibrium) is not lost.
        FloatPolygon q = w.clip(0, ic[0] - eps).clip(1, ic[1] - eps);
        if (n + q.size() >= px.length) {
          px = Arrays.copyOf(px, 2 * (n + q.size()));
          py = Arrays.copyOf(py, px.length);
        }
        for (int k = 0; k < q.size(); k++) {
          if (q.x(k) <= ic[0] + eps || q.y(k) <= ic[1] + eps) {
            px[n] = (1 - discount) * g[0][c] + discount * q.x(k);
            py[n++] = (1 - discount) * g[1][c] + discount * q.y(k);
          }
        }
      }
      candidates += n;
      FloatPolygon next = FloatPolygon.hull(px, py, n, eps);
      if (next.size() == 0) {
        return new Result(discount, List.of(), List.of(), iteration, 0, candidates);
      }
      change = next.hausdorff(w);
      w = next;
      if (change <= options.tolerance() * scale) {
        // Vertices closer than the convergence accuracy are one vertex still converging.
        return result(
            discount, w.simplified(options.tolerance() * scale), iteration, change, candidates);
      }
    }
    throw new IterationLimitException(
        "Abreu-Sannikov did not converge in "
            + options.maxIterations()
            + " iterations at discount factor "
            + discount
            + ": the last Hausdorff change was "
            + change
            + ", above the tolerance "
            + options.tolerance()
            + " * payoff scale "
            + scale,
        "the iteration settles more slowly the nearer the discount factor is to 1: try a smaller"
            + " one");
  }

  /** The feasible payoffs with {@code u_i >=} the pure minmax values, exact then rounded. */
  private static FloatPolygon initial(NormalFormGame stage, double eps) {
    List<PayoffPoint> ir = PayoffSets.of(stage, false).individuallyRational();
    double[] x = new double[ir.size()];
    double[] y = new double[ir.size()];
    for (int k = 0; k < ir.size(); k++) {
      x[k] = ir.get(k).u0().doubleValue();
      y[k] = ir.get(k).u1().doubleValue();
    }
    return FloatPolygon.hull(x, y, ir.size(), eps);
  }

  /** Player p's best payoff against the opponent's action in cell c. */
  private static double bestDeviation(NormalFormGame stage, double[] u, int p, int c) {
    int[] profile = stage.strategiesOfCell(c);
    double best = u[c];
    for (int d = 0; d < stage.numStrategies(p); d++) {
      profile[p] = d;
      best = Math.max(best, u[stage.cellIndex(profile)]);
    }
    return best;
  }

  private static Result result(
      double discount, FloatPolygon w, int iterations, double change, long candidates) {
    ImmutableList.Builder<Vertex> v = ImmutableList.builder();
    for (int k = 0; k < w.size(); k++) {
      v.add(new Vertex(w.x(k), w.y(k)));
    }
    return new Result(
        discount, v.build(), List.of(w.min(0), w.min(1)), iterations, change, candidates);
  }
}
