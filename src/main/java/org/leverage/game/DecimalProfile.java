package org.leverage.game;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.Comparator;
import java.util.List;

/**
 * One mixed strategy per player in floating point: what the numerical methods of games with three
 * or more players find, whose equilibria are in general irrational. Each probability is finite and
 * in [0, 1], and each player's probabilities sum to one within {@link #SUM_TOLERANCE}; both are
 * checked on construction. Payoffs and regrets are computed in double from the game's payoffs.
 */
public record DecimalProfile(List<List<Double>> strategies) {

  /** How far from one a player's probabilities may sum after floating-point normalisation. */
  public static final double SUM_TOLERANCE = 1e-9;

  /** Lexicographic on the flattened probabilities, larger first, as {@link MixedProfile}. */
  public static final Comparator<DecimalProfile> CANONICAL_ORDER =
      (x, y) -> {
        double[] fx = x.flatten();
        double[] fy = y.flatten();
        for (int i = 0; i < Math.min(fx.length, fy.length); i++) {
          int c = Double.compare(fy[i], fx[i]);
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(fx.length, fy.length);
      };

  public DecimalProfile {
    ImmutableList.Builder<List<Double>> copy = ImmutableList.builder();
    for (int p = 0; p < strategies.size(); p++) {
      List<Double> probs = ImmutableList.copyOf(strategies.get(p));
      double sum = 0;
      for (double x : probs) {
        if (!(x >= 0 && x <= 1)) {
          throw new IllegalArgumentException(
              "probability of player " + (p + 1) + " must be in [0, 1] but was " + x);
        }
        sum += x;
      }
      if (Math.abs(sum - 1) > SUM_TOLERANCE) {
        throw new IllegalArgumentException(
            "probabilities of player " + (p + 1) + " must sum to 1 but sum to " + sum);
      }
      copy.add(probs);
    }
    strategies = copy.build();
  }

  /**
   * The profile of these probabilities, each player's clamped to [0, 1] and divided by its sum: the
   * one way solvers turn their iterates into a profile.
   *
   * @throws IllegalArgumentException if a probability is not finite or a player's sum is not
   *     positive
   */
  public static DecimalProfile normalised(double[][] probabilities) {
    ImmutableList.Builder<List<Double>> b = ImmutableList.builder();
    for (int p = 0; p < probabilities.length; p++) {
      double[] clamped = new double[probabilities[p].length];
      double sum = 0;
      for (int s = 0; s < clamped.length; s++) {
        double x = probabilities[p][s];
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException(
              "probability of player " + (p + 1) + " must be finite but was " + x);
        }
        clamped[s] = Math.max(0, x);
        sum += clamped[s];
      }
      if (!(sum > 0)) {
        throw new IllegalArgumentException(
            "probabilities of player " + (p + 1) + " must have a positive sum");
      }
      for (int s = 0; s < clamped.length; s++) {
        clamped[s] = Math.min(1, clamped[s] / sum);
      }
      b.add(Doubles.asList(clamped));
    }
    return new DecimalProfile(b.build());
  }

  /** The exact profile's probabilities, rounded to double and normalised. */
  public static DecimalProfile of(MixedProfile exact) {
    double[][] p = new double[exact.numPlayers()][];
    for (int i = 0; i < p.length; i++) {
      p[i] = exact.strategies().get(i).stream().mapToDouble(x -> x.doubleValue()).toArray();
    }
    return normalised(p);
  }

  public int numPlayers() {
    return strategies.size();
  }

  public double probability(int player, int strategy) {
    return strategies.get(player).get(strategy);
  }

  /** Every probability, player by player, in file order. */
  public double[] flatten() {
    return strategies.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The expected payoff to {@code player} of each of its pure strategies against the others'
   * strategies in this profile.
   */
  public double[] strategyValues(NormalFormGame game, int player) {
    requireFit(game);
    double[] values = new double[game.numStrategies(player)];
    accumulate(game, player, 0, 0, 1, values);
    return values;
  }

  private void accumulate(
      NormalFormGame game, int player, int depth, int cell, double weight, double[] values) {
    if (depth == game.numPlayers()) {
      for (int s = 0; s < values.length; s++) {
        values[s] += weight * game.payoffAsDouble(player, cell + s * game.stride(player));
      }
      return;
    }
    if (depth == player) {
      accumulate(game, player, depth + 1, cell, weight, values);
      return;
    }
    for (int s = 0; s < game.numStrategies(depth); s++) {
      double p = probability(depth, s);
      if (p != 0) {
        accumulate(game, player, depth + 1, cell + s * game.stride(depth), weight * p, values);
      }
    }
  }

  /** The expected payoff of {@code player} under this profile. */
  public double expectedPayoff(NormalFormGame game, int player) {
    double[] values = strategyValues(game, player);
    double sum = 0;
    for (int s = 0; s < values.length; s++) {
      sum += probability(player, s) * values[s];
    }
    return sum;
  }

  /**
   * The most any one player could gain by its best unilateral deviation (never negative): zero at a
   * Nash equilibrium, up to rounding.
   */
  public double maxRegret(NormalFormGame game) {
    double worst = 0;
    for (int p = 0; p < numPlayers(); p++) {
      double[] values = strategyValues(game, p);
      double expected = 0;
      for (int s = 0; s < values.length; s++) {
        expected += probability(p, s) * values[s];
      }
      worst = Math.max(worst, Doubles.max(values) - expected);
    }
    return worst;
  }

  private void requireFit(NormalFormGame game) {
    if (game.numPlayers() != numPlayers()) {
      throw new IllegalArgumentException(
          "profile has " + numPlayers() + " players; the game has " + game.numPlayers());
    }
    for (int p = 0; p < numPlayers(); p++) {
      if (strategies.get(p).size() != game.numStrategies(p)) {
        throw new IllegalArgumentException(
            "player "
                + (p + 1)
                + " has "
                + strategies.get(p).size()
                + " probabilities; the game gives it "
                + game.numStrategies(p)
                + " strategies");
      }
    }
  }
}
