package org.leverage.solve.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.Rationals;

/**
 * Risk dominance between strict pure equilibria, by the Nash product of deviation losses.
 *
 * <p>Definition. For pure profiles {@code a}, {@code b} let {@code D(a, b)} be the players whose
 * strategies differ, and the <em>deviation loss</em> of player {@code i} at {@code a} against
 * {@code b} be {@code L_i(a, b) = u_i(a) - u_i(b_i, a_-i)}: what {@code i} loses by switching alone
 * from {@code a} to its strategy in {@code b}. The Nash product is {@code N(a, b) = prod over i in
 * D(a, b) of L_i(a, b)}, positive when {@code a} is a strict equilibrium. {@code a}
 * <em>risk-dominates</em> {@code b} when {@code N(a, b) > N(b, a)}. In a 2x2 game with two strict
 * equilibria this is exactly Harsanyi and Selten's criterion (1988, section 3.9): the product of
 * both players' deviation losses; for larger games and more players it is the usual generalisation
 * by the Nash product over the players that differ.
 *
 * <p>Selected: the strict pure equilibrium of the list that risk-dominates every other strict pure
 * equilibrium of the list (at most one can). Mixed and non-strict pure equilibria are not compared
 * and never selected. The selection is empty, with the reason, when the list has fewer than two
 * strict pure equilibria, when two tie ({@code N(a, b) = N(b, a)}), or when the relation has no
 * maximum (it need not be transitive beyond two equilibria: a cycle selects nothing).
 */
final class RiskDominanceSelector implements Selector {

  @Override
  public Selection select(NormalFormGame game, List<MixedProfile> equilibria) {
    List<Integer> strict = new ArrayList<>();
    List<int[]> profiles = new ArrayList<>();
    for (int e = 0; e < equilibria.size(); e++) {
      Optional<int[]> pure = pure(equilibria.get(e));
      if (pure.isPresent() && isStrict(game, pure.get())) {
        strict.add(e);
        profiles.add(pure.get());
      }
    }
    String ignored = ignored(equilibria.size(), strict);
    if (strict.size() < 2) {
      return none(
          "not defined: risk dominance compares strict pure equilibria and the list has "
              + strict.size()
              + (strict.isEmpty() ? "" : " (" + ExpectedPayoffs.describe(strict) + ")"));
    }
    for (int x = 0; x < strict.size(); x++) {
      List<String> comparisons = new ArrayList<>();
      boolean beatsAll = true;
      for (int y = 0; y < strict.size() && beatsAll; y++) {
        if (x == y) {
          continue;
        }
        BigFraction nxy = nashProduct(game, profiles.get(x), profiles.get(y));
        BigFraction nyx = nashProduct(game, profiles.get(y), profiles.get(x));
        beatsAll = nxy.compareTo(nyx) > 0;
        comparisons.add(
            "N("
                + (strict.get(x) + 1)
                + ", "
                + (strict.get(y) + 1)
                + ") = "
                + Rationals.format(nxy)
                + " > N("
                + (strict.get(y) + 1)
                + ", "
                + (strict.get(x) + 1)
                + ") = "
                + Rationals.format(nyx));
      }
      if (beatsAll) {
        return new Selection(
            Criterion.RISK,
            List.of(strict.get(x)),
            "equilibrium "
                + (strict.get(x) + 1)
                + " risk-dominates every other strict equilibrium (Nash products of deviation"
                + " losses: "
                + String.join("; ", comparisons)
                + ")"
                + ignored);
      }
    }
    return none("not defined: " + whyNone(game, strict, profiles) + ignored);
  }

  /** A tie, else the fact that no equilibrium beats all others. */
  private static String whyNone(NormalFormGame game, List<Integer> strict, List<int[]> profiles) {
    for (int x = 0; x < strict.size(); x++) {
      for (int y = x + 1; y < strict.size(); y++) {
        BigFraction nxy = nashProduct(game, profiles.get(x), profiles.get(y));
        if (nxy.equals(nashProduct(game, profiles.get(y), profiles.get(x)))) {
          return "equilibria "
              + (strict.get(x) + 1)
              + " and "
              + (strict.get(y) + 1)
              + " tie (Nash products of deviation losses both "
              + Rationals.format(nxy)
              + ")";
        }
      }
    }
    return "no strict equilibrium risk-dominates every other (the pairwise relation among "
        + ExpectedPayoffs.describe(strict)
        + " is not transitive)";
  }

  private static String ignored(int size, List<Integer> strict) {
    List<Integer> rest = new ArrayList<>();
    for (int e = 0; e < size; e++) {
      if (!strict.contains(e)) {
        rest.add(e);
      }
    }
    return rest.isEmpty()
        ? ""
        : "; "
            + ExpectedPayoffs.describe(rest)
            + (rest.size() == 1 ? " is" : " are")
            + " mixed or not strict, so not compared";
  }

  private static Selection none(String reason) {
    return new Selection(Criterion.RISK, List.of(), reason);
  }

  /**
   * {@code N(a, b)}: the product of the deviation losses at {@code a} of the players that differ.
   */
  static BigFraction nashProduct(NormalFormGame game, int[] a, int[] b) {
    BigFraction product = BigFraction.ONE;
    int cell = game.cellIndex(a);
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        int deviation = cell + (b[i] - a[i]) * game.stride(i);
        product = product.multiply(game.payoff(i, cell).subtract(game.payoff(i, deviation)));
      }
    }
    return product;
  }

  /** Whether every unilateral deviation from the pure profile {@code a} loses strictly. */
  static boolean isStrict(NormalFormGame game, int[] a) {
    int cell = game.cellIndex(a);
    for (int i = 0; i < a.length; i++) {
      for (int t = 0; t < game.numStrategies(i); t++) {
        int deviation = cell + (t - a[i]) * game.stride(i);
        if (t != a[i] && game.payoff(i, deviation).compareTo(game.payoff(i, cell)) >= 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** The pure strategies of {@code p}, if every player's strategy is pure. */
  private static Optional<int[]> pure(MixedProfile p) {
    int[] s = new int[p.numPlayers()];
    for (int i = 0; i < s.length; i++) {
      List<BigFraction> x = p.strategies().get(i);
      s[i] = x.indexOf(BigFraction.ONE);
      if (s[i] < 0) {
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }
}
