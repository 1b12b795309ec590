package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.Watch;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;

/**
 * Subgame-perfect equilibria of a tree (Selten 1975), the catalog's {@code spe}: on a tree of
 * perfect information every pure SPE by backward induction ({@link BackwardInductionSolver}, ties
 * enumerated, linear in the tree plus the equilibria); on other trees with perfect recall the
 * subgames solved bottom-up ({@link SubgamePerfectSolver}), each by the subgame method ({@code
 * --subgame-method}, one of {@link #SUBGAME_METHODS}): {@code enummixed} (all extreme equilibria of
 * its reduced strategic form, every combination listed), {@code lcp} (one equilibrium by
 * sequence-form Lemke, as {@code gambit-lcp -P}), {@code pure} (the pure equilibria of its reduced
 * form), or {@code auto} (the default): enummixed where the subgame's reduced form has at most
 * {@link #AUTO_MAX_CELLS} cells, lcp above, so that large trees finish; pure equilibria for other
 * than two players. Exact. More than {@code maxEquilibria} equilibria (in a subtree, or
 * combinations in a subgame) is an {@link org.leverage.solve.EquilibriumLimitException}.
 */
public final class SpeTreeSolver implements TreeSolver {

  public static final String METHOD = "spe";

  /** The names of the subgame methods ({@code --subgame-method}), the default first. */
  public static final List<String> SUBGAME_METHODS =
      ImmutableList.of("auto", "enummixed", "lcp", "pure");

  /**
   * Subgame method {@code auto} solves a subgame with enummixed when its reduced strategic form has
   * at most this many cells, and with sequence-form Lemke (one equilibrium) above.
   */
  public static final double AUTO_MAX_CELLS = 256;

  private final int maxEquilibria;
  private final String subgameMethod;

  /** Subgame method {@code auto}. */
  public SpeTreeSolver(int maxEquilibria) {
    this(maxEquilibria, SUBGAME_METHODS.get(0));
  }

  /**
   * @param maxEquilibria the most equilibria to enumerate; at least 1
   * @param subgameMethod how each subgame of a tree without perfect information is solved: one of
   *     {@link #SUBGAME_METHODS}; {@code enummixed} and {@code lcp} need two players (checked when
   *     solving; the catalog checks first and tells the user)
   */
  public SpeTreeSolver(int maxEquilibria, String subgameMethod) {
    if (maxEquilibria < 1) {
      throw new IllegalArgumentException(
          "maxEquilibria must be at least 1 but was " + maxEquilibria);
    }
    Objects.requireNonNull(subgameMethod, "subgameMethod");
    if (!SUBGAME_METHODS.contains(subgameMethod)) {
      throw new IllegalArgumentException(
          "unknown subgame method \""
              + subgameMethod
              + "\"; expected one of "
              + String.join(", ", SUBGAME_METHODS));
    }
    this.maxEquilibria = maxEquilibria;
    this.subgameMethod = subgameMethod;
  }

  /**
   * Why {@code subgameMethod} cannot solve the subgames of {@code game}, if it cannot: {@code
   * enummixed} and {@code lcp} need two players.
   */
  public static Optional<String> subgameMethodViolation(String subgameMethod, ExtensiveGame game) {
    if (game.numPlayers() != 2 && !subgameMethod.equals("auto") && !subgameMethod.equals("pure")) {
      return Optional.of(
          "--subgame-method "
              + subgameMethod
              + " needs a two-player tree but this tree has "
              + game.numPlayers()
              + " players; its subgames are solved for pure equilibria (--subgame-method pure)");
    }
    return Optional.empty();
  }

  @Override
  public Result solve(ExtensiveGame game, Watch watch) {
    if (game.isPerfectInformation()) {
      BackwardInductionSolver.Result r =
          new BackwardInductionSolver(new BackwardInductionSolver.Options(maxEquilibria))
              .solve(game, watch);
      return new Result(
          METHOD,
          "backward induction: every pure subgame-perfect equilibrium, ties enumerated",
          true,
          r.equilibria().stream()
              .map(e -> Equilibrium.of(game, e.behaviour(game), Optional.empty()))
              .toList(),
          r.counters(),
          Optional.empty());
    }
    subgameMethodViolation(subgameMethod, game)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(why);
            });
    SubgamePerfectSolver.Result r =
        new SubgamePerfectSolver(new SubgamePerfectSolver.Options(method(game), maxEquilibria))
            .solve(game, watch);
    Map<String, Long> counters = new TreeMap<>(r.counters());
    r.subgamesByMethod().forEach((m, n) -> counters.put("subgames." + m, n));
    return new Result(
        METHOD,
        description(game, r.subgamesByMethod()),
        true,
        r.equilibria().stream()
            .map(e -> Equilibrium.of(game, e.profile(), Optional.empty()))
            .toList(),
        counters,
        Optional.empty());
  }

  /** The per-subgame method named by {@link #subgameMethod}. */
  private SubgamePerfectSolver.SubgameMethod method(ExtensiveGame game) {
    SubgamePerfectSolver.SubgameMethod pure =
        SubgamePerfectSolver.reducedForm(new PureEquilibriumSolver());
    if (game.numPlayers() != 2) {
      return pure;
    }
    SubgamePerfectSolver.SubgameMethod enummixed =
        SubgamePerfectSolver.reducedForm(new EnumMixedSolver());
    SubgamePerfectSolver.SubgameMethod lcp =
        SubgamePerfectSolver.sequenceFormLemke(new SequenceFormLcpSolver());
    return switch (subgameMethod) {
      case "enummixed" -> enummixed;
      case "lcp" -> lcp;
      case "pure" -> pure;
      default -> SubgamePerfectSolver.bySize(enummixed, lcp, AUTO_MAX_CELLS);
    };
  }

  /** What was computed: how many subgames each method solved, and what that method finds. */
  private String description(ExtensiveGame game, Map<String, Long> byMethod) {
    List<String> parts = new ArrayList<>();
    byMethod.forEach(
        (m, n) ->
            parts.add(
                n
                    + (n == 1 ? " subgame" : " subgames")
                    + " by "
                    + m
                    + switch (m) {
                      case "enummixed" -> " (every extreme equilibrium of its reduced form)";
                      case "lcp" -> " (one equilibrium, sequence-form Lemke)";
                      case "pure" -> " (every pure equilibrium of its reduced form)";
                      default -> "";
                    }));
    String what =
        !byMethod.containsKey("lcp")
            ? "every combination of the subgames' equilibria"
            : byMethod.size() == 1
                ? "so one subgame-perfect equilibrium, not all"
                : "every combination of the equilibria found (one per lcp subgame), so not all"
                    + " subgame-perfect equilibria";
    String how;
    if (!subgameMethod.equals("auto")) {
      how = "--subgame-method " + subgameMethod;
    } else if (game.numPlayers() != 2) {
      how =
          "--subgame-method auto: pure equilibria, the tree has " + game.numPlayers() + " players";
    } else {
      how =
          "--subgame-method auto: lcp where a subgame's reduced strategic form has more than "
              + (long) AUTO_MAX_CELLS
              + " cells, enummixed otherwise";
    }
    return "subgames solved bottom-up, " + String.join(", ", parts) + "; " + what + "; " + how;
  }
}
