package org.leverage.solve.qre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

class LogitBranchTest {

  /**
   * Row: A pays 1 against L and 0 against R, B pays 0 and 2. Column: L pays 1 and R pays 0 whatever
   * the row plays. So the column's QRE is q = 1 / (1 + exp(-lambda)) and the row's is the logit
   * response to it: p = 1 / (1 + exp(-lambda (q - 2 (1 - q)))).
   */
  private static final NormalFormGame CLOSED_FORM =
      TestGames.bimatrix(new long[][] {{1, 0}, {0, 2}}, new long[][] {{1, 0}, {1, 0}});

  private static final NormalFormGame MATCHING_PENNIES =
      TestGames.bimatrix(new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}});

  @Test
  void lambdaZeroIsUniformPlay() {
    NormalFormGame game = Corpus.nfg("games/5x4x3.nfg");
    LogitBranch.Point start = LogitBranch.trace(game, LogitBranch.Options.DEFAULT).points().get(0);
    assertEquals(0, start.lambda());
    for (int p = 0; p < game.numPlayers(); p++) {
      for (double x : start.profile().strategies().get(p)) {
        assertEquals(1.0 / game.numStrategies(p), x, 1e-15);
      }
    }
    DecimalProfile atZero =
        LogitBranch.at(game, List.of(0.0), LogitBranch.Options.DEFAULT).get(0).profile();
    assertEquals(start.profile(), atZero);
  }

  @Test
  void theClosedFormQreIsHitAtEachRequestedLambda() {
    List<Double> lambdas = List.of(0.25, 1.0, 2.5, 7.0, 40.0);
    List<LogitBranch.Point> points =
        LogitBranch.at(CLOSED_FORM, lambdas, LogitBranch.Options.DEFAULT);
    assertEquals(lambdas.size(), points.size());
    for (int k = 0; k < lambdas.size(); k++) {
      double lambda = lambdas.get(k);
      double q = 1 / (1 + Math.exp(-lambda));
      double p = 1 / (1 + Math.exp(-lambda * (q - 2 * (1 - q))));
      LogitBranch.Point point = points.get(k);
      assertEquals(lambda, point.lambda(), 0);
      assertEquals(p, point.profile().probability(0, 0), 1e-9, "row at " + lambda);
      assertEquals(q, point.profile().probability(1, 0), 1e-9, "column at " + lambda);
    }
  }

  @Test
  void matchingPenniesIsUniformForEveryLambda() {
    List<Double> lambdas = List.of(0.5, 3.0, 100.0, 1e4);
    for (LogitBranch.Point point :
        LogitBranch.at(MATCHING_PENNIES, lambdas, LogitBranch.Options.DEFAULT)) {
      for (double x : point.profile().flatten()) {
        assertEquals(0.5, x, 1e-12, "at lambda " + point.lambda());
      }
    }
    for (LogitBranch.Point point :
        LogitBranch.trace(MATCHING_PENNIES, LogitBranch.Options.DEFAULT).points()) {
      for (double x : point.profile().flatten()) {
        assertEquals(0.5, x, 1e-12, "at lambda " + point.lambda());
      }
    }
  }

  @Test
  void theBranchConvergesToANashEquilibriumOnSeededRandomGames() {
    Random random = new Random(20051);
    for (int k = 0; k < 10; k++) {
      NormalFormGame game = TestGames.random(random, new int[] {3, 2, 3}, 9);
      LogitBranch.Trace trace = LogitBranch.trace(game, LogitBranch.Options.DEFAULT);
      double[] regrets =
          trace.points().stream().mapToDouble(p -> p.profile().maxRegret(game)).toArray();
      // Regret falls as lambda grows: each tenfold of lambda past 1 leaves it no higher.
      double lastLambda = trace.last().lambda();
      assertTrue(
          regrets[regrets.length - 1] < 1e-6 * LogitBranch.payoffRange(game) || lastLambda >= 1e6);
      double previous = Double.POSITIVE_INFINITY;
      for (double decade = 1; decade <= lastLambda; decade *= 10) {
        double r = regretNear(trace, game, decade);
        assertTrue(r <= previous + 1e-12, "game " + k + " regret rose at lambda " + decade);
        previous = r;
      }
      assertTrue(new LogitQreSolver().solve(game).equilibria().get(0).regret() < 1e-9, "game " + k);
    }
  }

  private static double regretNear(LogitBranch.Trace trace, NormalFormGame game, double lambda) {
    return trace.points().stream()
        .filter(p -> p.lambda() >= lambda)
        .findFirst()
        .orElse(trace.last())
        .profile()
        .maxRegret(game);
  }

  @Test
  void theBranchIsTheQreOfEachOfItsPoints() {
    NormalFormGame game = Corpus.nfg("games/g2.nfg");
    for (LogitBranch.Point point : LogitBranch.trace(game, LogitBranch.Options.DEFAULT).points()) {
      if (point.lambda() > 100) {
        break;
      }
      assertIsLogitResponse(game, point);
    }
  }

  /** Each player's probabilities are proportional to exp(lambda * value) of its strategies. */
  static void assertIsLogitResponse(NormalFormGame game, LogitBranch.Point point) {
    for (int p = 0; p < game.numPlayers(); p++) {
      double[] v = point.profile().strategyValues(game, p);
      double max = Double.NEGATIVE_INFINITY;
      for (double x : v) {
        max = Math.max(max, x);
      }
      double sum = 0;
      for (double x : v) {
        sum += Math.exp(point.lambda() * (x - max));
      }
      for (int s = 0; s < v.length; s++) {
        assertEquals(
            Math.exp(point.lambda() * (v[s] - max)) / sum,
            point.profile().probability(p, s),
            1e-7,
            "player " + (p + 1) + " strategy " + (s + 1) + " at lambda " + point.lambda());
      }
    }
  }

  @Test
  void lambdasMustBeNonNegativeAndIncreasing() {
    var options = LogitBranch.Options.DEFAULT;
    assertThrows(
        IllegalArgumentException.class, () -> LogitBranch.at(CLOSED_FORM, List.of(-1.0), options));
    assertThrows(
        IllegalArgumentException.class,
        () -> LogitBranch.at(CLOSED_FORM, List.of(2.0, 1.0), options));
    assertThrows(
        IllegalArgumentException.class,
        () -> LogitBranch.at(CLOSED_FORM, List.of(1.0, 1.0), options));
  }

  /** A seeded 3x3 game whose principal branch folds back: lambda falls for a while. */
  private static NormalFormGame foldingGame() {
    Random random = new Random(7);
    NormalFormGame game = null;
    for (int k = 0; k <= 8; k++) {
      game = TestGames.random(random, new int[] {3, 3}, 20);
    }
    return game;
  }

  @Test
  void theBranchPassesTurningPointsToAnEquilibrium() {
    NormalFormGame game = foldingGame();
    List<LogitBranch.Point> points = LogitBranch.trace(game, LogitBranch.Options.DEFAULT).points();
    int peak = 0;
    while (points.get(peak + 1).lambda() >= points.get(peak).lambda()) {
      peak++;
    }
    int valley = peak;
    while (points.get(valley + 1).lambda() <= points.get(valley).lambda()) {
      valley++;
    }
    double top = points.get(peak).lambda();
    double bottom = points.get(valley).lambda();
    assertTrue(bottom < top, "the branch turns back between " + top + " and " + bottom);
    for (LogitBranch.Point point : points.subList(0, valley + 10)) {
      assertIsLogitResponse(game, point);
    }

    // --lambda inside the fold gives the first crossing: on the first, rising part.
    double target = (top + bottom) / 2;
    LogitBranch.Point at =
        LogitBranch.at(game, List.of(target), LogitBranch.Options.DEFAULT).get(0);
    assertEquals(target, at.lambda(), 0);
    assertIsLogitResponse(game, at);
    int before = 0;
    while (points.get(before + 1).lambda() < target) {
      before++;
    }
    assertTrue(before < peak);
    assertTrue(
        maxDistance(at.profile(), points.get(before).profile())
            <= maxDistance(points.get(before).profile(), points.get(before + 1).profile()) + 1e-9);

    // The limit is one of the game's exact extreme equilibria.
    var equilibria = new EnumMixedSolver().solve(game).equilibria();
    assertTrue(LogitSelection.selectExact(game, equilibria).index().isPresent());
  }

  private static double maxDistance(DecimalProfile a, DecimalProfile b) {
    double[] x = a.flatten();
    double[] y = b.flatten();
    double d = 0;
    for (int k = 0; k < x.length; k++) {
      d = Math.max(d, Math.abs(x[k] - y[k]));
    }
    return d;
  }
}
