package org.leverage.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

/**
 * A 2x2 game whose row payoff at (A, L) is the parameter x: the column player always plays L
 * (strictly dominant), and the row player answers A when x > 2 and B when x < 2, so the pure
 * equilibrium (A, L) appears, and (B, L) vanishes, at exactly x = 2.
 */
class PayoffSweepTest {

  private static final NormalFormGame GAME =
      NormalFormGame.ofPayoffs(
          "appears at 2",
          "",
          List.of(new Player("Row", List.of("A", "B")), new Player("Column", List.of("L", "R"))),
          new BigFraction[][] {
            {fraction(5), fraction(1)}, // (A, L)
            {fraction(2), fraction(1)}, // (B, L)
            {fraction(0), fraction(0)}, // (A, R)
            {fraction(0), fraction(0)} // (B, R)
          });

  private static final PayoffAddress X = PayoffAddress.parse(GAME, "payoffs.A.L.0");

  private static final List<List<List<Integer>>> B_L = List.of(List.of(List.of(1), List.of(0)));
  private static final List<List<List<Integer>>> A_L = List.of(List.of(List.of(0), List.of(0)));

  private static BigFraction fraction(int x) {
    return new BigFraction(x);
  }

  private static PayoffSweep sweep(int points) {
    return PayoffSweep.run(
        GAME,
        X,
        fraction(0),
        fraction(10),
        points,
        PayoffSweep.DEFAULT_RELATIVE_PRECISION,
        Progress.NONE);
  }

  @Test
  void theAddressNamesTheCellAndPlayer() {
    assertEquals(0, X.player());
    assertEquals(GAME.cellIndex(0, 0), X.cell());
    assertEquals(1, PayoffAddress.parse(GAME, "payoffs.B.R.1").player());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PayoffAddress.parse(GAME, "payoffs.A.X.0"));
    assertTrue(e.getMessage().contains("A, B (Row); L, R (Column)"), e.getMessage());
  }

  /** A scan that misses 2 brackets it to the stated precision: 1e-6 of the width 10. */
  @Test
  void theChangeIsLocatedToThePrecision() {
    PayoffSweep r = sweep(4);
    assertEquals(new BigFraction(1, 100_000), r.precision());
    assertEquals(1, r.changes().size());
    PayoffSweep.Change c = r.changes().get(0);
    assertTrue(c.below().value().compareTo(fraction(2)) < 0, c.toString());
    assertTrue(c.above().value().compareTo(fraction(2)) > 0, c.toString());
    assertTrue(c.above().value().subtract(c.below().value()).compareTo(r.precision()) <= 0);
    assertEquals(B_L, c.below().shape());
    assertEquals(A_L, c.above().shape());
    List<PayoffSweep.Interval> intervals = r.intervals();
    assertEquals(2, intervals.size());
    assertEquals(B_L, intervals.get(0).shape());
    assertEquals(A_L, intervals.get(1).shape());
    assertEquals(fraction(10), intervals.get(1).to());
  }

  /**
   * A scan through 2 itself sees the degenerate game there: both equilibria, at that value only.
   */
  @Test
  void aScanPointOnTheChangeIsAnIntervalOfItsOwn() {
    PayoffSweep r = sweep(11);
    assertEquals(2, r.changes().size(), r.changes().toString());
    List<PayoffSweep.Interval> intervals = r.intervals();
    assertEquals(3, intervals.size());
    PayoffSweep.Interval at2 = intervals.get(1);
    assertEquals(fraction(2), at2.from());
    assertEquals(fraction(2), at2.to());
    assertEquals(2, at2.points().get(0).equilibria().size());
    assertTrue(
        fraction(2).subtract(r.changes().get(0).below().value()).compareTo(r.precision()) <= 0);
  }

  @Test
  void aConstantShapeHasNoChange() {
    PayoffSweep r =
        PayoffSweep.run(
            GAME,
            X,
            fraction(3),
            fraction(9),
            5,
            PayoffSweep.DEFAULT_RELATIVE_PRECISION,
            Progress.NONE);
    assertTrue(r.changes().isEmpty());
    assertEquals(1, r.intervals().size());
    assertEquals(5, r.intervals().get(0).points().size());
  }
}
