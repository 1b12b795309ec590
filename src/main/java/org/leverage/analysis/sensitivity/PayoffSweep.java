package org.leverage.analysis.sensitivity;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.TwoPlayerGames;
import org.leverage.numeric.Rationals;
import org.leverage.solve.bimatrix.EnumMixedSolver;

/**
 * How the Nash equilibria of a two-player normal-form game change as one payoff moves over a range:
 * the values where the equilibrium set changes (an equilibrium appears, vanishes or changes
 * support) and the equilibria between them. Exact throughout: the payoff takes exact rational
 * values and every game is solved by {@link EnumMixedSolver} (all extreme equilibria, certified in
 * rational arithmetic). Immutable.
 *
 * <p>The <em>shape</em> of an equilibrium set is the sorted list of its equilibria's supports (the
 * strategies each player uses with positive probability); the set changes where its shape does.
 * Probabilities that move while the supports stay are not a change. The conditions of an
 * equilibrium on given supports (indifference equations and best-response inequalities; B. von
 * Stengel, "Computing equilibria for two-person games", Handbook of Game Theory vol. 3, 2002,
 * section 2) depend on one payoff through rational functions of it, so each changes sign at
 * finitely many values unless it is constant: the shape is piecewise constant with finitely many
 * changes, which the bisection locates one at a time.
 *
 * <p>Method: the range is scanned at evenly spaced exact values. Where two neighbouring scan points
 * have different shapes, the interval between them is bisected in exact rationals (the midpoint
 * solved, the half whose ends still differ kept) until it is at most {@link #precision()} wide; if
 * the shape at the bracket's upper end still differs from the scan point above, the search goes on
 * from there, so each change of shape in that interval is located in turn. A shape that appears and
 * vanishes again between two scan points, or a shape taken at a single value (a degenerate game)
 * that no evaluated point hits, is not seen: scan with more points to find it. Work: one solve per
 * scan point and about {@code log2(width / precision)} per change; sequential.
 *
 * @param payoff the payoff varied
 * @param low the range's low end
 * @param high the range's high end
 * @param precision the widest bracket left around a change
 * @param scan the scan's points, increasing
 * @param changes one per change of shape, increasing; empty when the shape is the same everywhere
 */
public record PayoffSweep(
    PayoffAddress payoff,
    BigFraction low,
    BigFraction high,
    BigFraction precision,
    List<PayoffSweep.Point> scan,
    List<PayoffSweep.Change> changes) {

  /** The default precision relative to the range's width: one millionth. */
  public static final BigFraction DEFAULT_RELATIVE_PRECISION = new BigFraction(1, 1_000_000);

  /** Supports in a fixed order: player by player, strategy indices compared lexicographically. */
  private static final Comparator<Iterable<List<Integer>>> SUPPORTS =
      Comparators.<Iterable<Integer>, List<Integer>>lexicographical(
          Comparators.<Integer, Integer>lexicographical(Comparator.naturalOrder()));

  public PayoffSweep {
    Objects.requireNonNull(payoff, "payoff");
    Objects.requireNonNull(low, "low");
    Objects.requireNonNull(high, "high");
    Objects.requireNonNull(precision, "precision");
    scan = ImmutableList.copyOf(scan);
    changes = ImmutableList.copyOf(changes);
  }

  /**
   * The payoff at one value and the game's extreme equilibria there.
   *
   * @param value the payoff's value
   * @param equilibria every extreme equilibrium, in {@link MixedProfile#CANONICAL_ORDER}
   */
  public record Point(BigFraction value, List<MixedProfile> equilibria) {
    public Point {
      Objects.requireNonNull(value, "value");
      equilibria = ImmutableList.copyOf(equilibria);
    }

    /**
     * The shape of the equilibrium set: each equilibrium's support (per player, the indices of the
     * strategies played with positive probability), sorted.
     */
    public List<List<List<Integer>>> shape() {
      List<List<List<Integer>>> supports = new ArrayList<>();
      for (MixedProfile e : equilibria) {
        List<List<Integer>> support = new ArrayList<>();
        for (List<BigFraction> strategy : e.strategies()) {
          List<Integer> used = new ArrayList<>();
          for (int s = 0; s < strategy.size(); s++) {
            if (strategy.get(s).compareTo(BigFraction.ZERO) > 0) {
              used.add(s);
            }
          }
          support.add(ImmutableList.copyOf(used));
        }
        supports.add(ImmutableList.copyOf(support));
      }
      supports.sort(SUPPORTS);
      return ImmutableList.copyOf(supports);
    }
  }

  /**
   * A change of the equilibrium set's shape between two values at most {@link #precision()} apart.
   *
   * @param below the last value evaluated before the change, with its equilibria
   * @param above the first value evaluated after it
   */
  public record Change(Point below, Point above) {
    public Change {
      Objects.requireNonNull(below, "below");
      Objects.requireNonNull(above, "above");
    }
  }

  /**
   * A stretch of the range between two changes (or an end) where the shape stays the same.
   *
   * @param from the first value known to have this shape
   * @param to the last value known to have it
   * @param points every point evaluated in {@code [from, to]}, increasing
   */
  public record Interval(BigFraction from, BigFraction to, List<Point> points) {
    public Interval {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      points = ImmutableList.copyOf(points);
    }

    /** The shape shared by every point of the interval. */
    public List<List<List<Integer>>> shape() {
      return points.get(0).shape();
    }
  }

  /**
   * The stretches between the changes, in order: one more than there are changes, each with every
   * point evaluated in it (scan points and the ends of the brackets).
   */
  public List<Interval> intervals() {
    TreeMap<BigFraction, Point> known = new TreeMap<>();
    for (Point p : scan) {
      known.put(p.value(), p);
    }
    for (Change c : changes) {
      known.put(c.below().value(), c.below());
      known.put(c.above().value(), c.above());
    }
    List<Interval> out = new ArrayList<>();
    BigFraction from = low;
    for (int k = 0; k <= changes.size(); k++) {
      BigFraction to = k < changes.size() ? changes.get(k).below().value() : high;
      out.add(new Interval(from, to, new ArrayList<>(known.subMap(from, true, to, true).values())));
      if (k < changes.size()) {
        from = changes.get(k).above().value();
      }
    }
    return out;
  }

  /**
   * Scans {@code payoff} over {@code [low, high]} at {@code points} evenly spaced values and
   * locates each change of the equilibrium set.
   *
   * @param relativePrecision the widest bracket left around a change, as a share of {@code high -
   *     low}, in (0, 1)
   * @param progress told of each game solved
   * @throws IllegalArgumentException when the game does not have two players, {@code low > high},
   *     {@code points < 2} or the precision is outside (0, 1)
   */
  public static PayoffSweep run(
      NormalFormGame game,
      PayoffAddress payoff,
      BigFraction low,
      BigFraction high,
      int points,
      BigFraction relativePrecision,
      Progress progress) {
    TwoPlayerGames.requireTwoPlayers("a payoff sweep (enummixed)", game.numPlayers());
    if (low.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          "low " + Rationals.format(low) + " must not exceed high " + Rationals.format(high));
    }
    if (points < 2) {
      throw new IllegalArgumentException("points must be at least 2 but was " + points);
    }
    if (relativePrecision.compareTo(BigFraction.ZERO) <= 0
        || relativePrecision.compareTo(BigFraction.ONE) >= 0) {
      throw new IllegalArgumentException(
          "relative precision must be in (0, 1) but was " + relativePrecision);
    }
    Solver solver = new Solver(game, payoff, progress);
    BigFraction width = high.subtract(low);
    List<Point> scan = new ArrayList<>();
    progress.plan(low.equals(high) ? 1 : points);
    for (int i = 0; i < points && (i == 0 || !low.equals(high)); i++) {
      scan.add(solver.at(low.add(width.multiply(new BigFraction(i, points - 1)))));
    }
    BigFraction precision = width.multiply(relativePrecision);
    List<Change> changes = new ArrayList<>();
    for (int i = 1; i < scan.size(); i++) {
      Point a = scan.get(i - 1);
      Point b = scan.get(i);
      while (!a.shape().equals(b.shape())) {
        Change c = solver.bisect(a, b, precision);
        changes.add(c);
        a = c.above();
      }
    }
    return new PayoffSweep(payoff, low, high, precision, scan, changes);
  }

  /** Solves the game at one value of the payoff. */
  private record Solver(NormalFormGame game, PayoffAddress payoff, Progress progress) {

    Point at(BigFraction value) {
      NormalFormGame changed = game.withPayoff(payoff.player(), payoff.cell(), value);
      List<MixedProfile> equilibria = new EnumMixedSolver().solve(changed).equilibria();
      progress.step();
      return new Point(value, equilibria);
    }

    /**
     * Narrows {@code [a, b]}, whose shapes differ, to a bracket at most {@code precision} wide
     * whose lower end has {@code a}'s shape and whose upper end does not.
     */
    Change bisect(Point a, Point b, BigFraction precision) {
      List<List<List<Integer>>> shape = a.shape();
      while (b.value().subtract(a.value()).compareTo(precision) > 0) {
        progress.plan(1);
        Point m = at(a.value().add(b.value()).divide(2));
        if (m.shape().equals(shape)) {
          a = m;
        } else {
          b = m;
        }
      }
      return new Change(a, b);
    }
  }
}
