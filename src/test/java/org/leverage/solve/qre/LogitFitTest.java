package org.leverage.solve.qre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.testing.Corpus;
import org.leverage.testing.TestGames;

class LogitFitTest {

  private static final LogitBranch.Options OPTIONS = LogitBranch.Options.DEFAULT;

  @Test
  void exactFrequenciesOfAQreGiveBackItsLambda() {
    NormalFormGame game = Corpus.nfg("games/5x4x3.nfg");
    for (double lambda : List.of(0.4, 1.7, 6.0)) {
      DecimalProfile qre = LogitBranch.at(game, List.of(lambda), OPTIONS).get(0).profile();

      LogitFit.Estimate fit = LogitFit.fit(game, new LogitFit.Counts(qre.strategies()), OPTIONS);

      assertEquals(lambda, fit.lambda(), 1e-6);
      assertFalse(fit.atMaxLambda());
      double[] expected = qre.flatten();
      double[] fitted = fit.profile().flatten();
      for (int k = 0; k < expected.length; k++) {
        assertEquals(expected[k], fitted[k], 1e-7);
      }
    }
  }

  /**
   * 20,000 seeded draws per player from the QRE at lambda = 1.5 of a 3x3x3 game: the estimate lies
   * within 0.15 of 1.5. (Its standard error, from the curvature of the log-likelihood at the
   * estimate, is about 0.03 here, so the interval is some five standard errors wide.)
   */
  @Test
  void recoversLambdaFromSimulatedPlay() {
    NormalFormGame game = Corpus.nfg("games/3x3x3.nfg");
    double lambda = 1.5;
    DecimalProfile qre = LogitBranch.at(game, List.of(lambda), OPTIONS).get(0).profile();
    Random random = new Random(1995);
    List<List<Double>> counts = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      double[] n = new double[game.numStrategies(p)];
      for (int draw = 0; draw < 20_000; draw++) {
        double u = random.nextDouble();
        int s = 0;
        for (double c = qre.probability(p, 0); u > c && s < n.length - 1; ) {
          c += qre.probability(p, ++s);
        }
        n[s]++;
      }
      List<Double> row = new ArrayList<>();
      for (double x : n) {
        row.add(x);
      }
      counts.add(row);
    }

    LogitFit.Estimate fit = LogitFit.fit(game, new LogitFit.Counts(counts), OPTIONS);

    assertEquals(lambda, fit.lambda(), 0.15);
    double logLikelihood = 0;
    for (int p = 0; p < counts.size(); p++) {
      for (int s = 0; s < counts.get(p).size(); s++) {
        logLikelihood += counts.get(p).get(s) * Math.log(fit.profile().probability(p, s));
      }
    }
    assertEquals(logLikelihood, fit.logLikelihood(), 1e-6 * Math.abs(logLikelihood));
    // The estimate is a maximum: the QRE a little to either side are less likely.
    for (double other : List.of(fit.lambda() * 0.97, fit.lambda() * 1.03)) {
      DecimalProfile near = LogitBranch.at(game, List.of(other), OPTIONS).get(0).profile();
      double ll = 0;
      for (int p = 0; p < counts.size(); p++) {
        for (int s = 0; s < counts.get(p).size(); s++) {
          ll += counts.get(p).get(s) * Math.log(near.probability(p, s));
        }
      }
      assertTrue(ll < fit.logLikelihood(), "at " + other);
    }
  }

  @Test
  void uniformPlayIsFitByLambdaZero() {
    NormalFormGame game = Corpus.nfg("games/g1.nfg");
    List<List<Double>> counts = new ArrayList<>();
    for (int p = 0; p < game.numPlayers(); p++) {
      counts.add(new ArrayList<>(java.util.Collections.nCopies(game.numStrategies(p), 10.0)));
    }
    assertEquals(0, LogitFit.fit(game, new LogitFit.Counts(counts), OPTIONS).lambda(), 0);
  }

  @Test
  void playOfADominantStrategyEquilibriumIsFitAtTheLargestLambda() {
    NormalFormGame game = TestGames.prisonersDilemma();
    int defect = game.players().get(0).strategies().size() - 1;
    List<Double> always = new ArrayList<>(List.of(0.0, 0.0));
    always.set(defect, 50.0);
    LogitFit.Estimate fit =
        LogitFit.fit(
            game, new LogitFit.Counts(List.of(always, always)), OPTIONS.withMaxLambda(1000));
    assertTrue(fit.atMaxLambda(), fit.toString());
    // The payoffs span 5, so the trace runs to lambda = 1000 / 5.
    assertTrue(fit.lambda() >= 200, "lambda " + fit.lambda());
  }

  @Test
  void countsMustBeNonNegativeNotAllZeroAndFitTheGame() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LogitFit.Counts(List.of(List.of(1.0, -1.0), List.of(1.0, 1.0))));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LogitFit.Counts(List.of(List.of(0.0, 0.0), List.of(0.0, 0.0))));
    NormalFormGame game = Corpus.nfg("games/g1.nfg");
    assertThrows(
        IllegalArgumentException.class,
        () -> LogitFit.fit(game, new LogitFit.Counts(List.of(List.of(1.0, 2.0))), OPTIONS));
  }
}
