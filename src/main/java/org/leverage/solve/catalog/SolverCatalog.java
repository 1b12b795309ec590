package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import org.leverage.game.NormalFormGame;
import org.leverage.game.TwoPlayerGames;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.dominance.DominanceEliminator;
import org.leverage.solve.lcp.LemkeHowsonSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.zerosum.ZeroSumLpSolver;

/**
 * Equilibrium solvers by their command-line names. {@code auto} picks the most complete exact
 * method for the game; {@code all} runs every method that applies.
 */
public final class SolverCatalog {

  /** Every name {@link #solversFor} accepts, in help order. */
  public static final List<String> METHODS =
      ImmutableList.of("auto", "all", "pure", "enummixed", "lcp", "lp");

  private SolverCatalog() {}

  /**
   * Every method name a user can give {@code solve}: the equilibrium methods and {@code dominance},
   * which eliminates strategies instead of finding equilibria.
   */
  public static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ImmutableList.<String>builder()
          .addAll(METHODS)
          .add(DominanceEliminator.METHOD)
          .build()
          .iterator();
    }
  }

  /**
   * The solvers that {@code method} names for {@code game}.
   *
   * @throws IllegalArgumentException for an unknown name, or a method that does not apply to the
   *     game (a two-player method on three players; {@code lp} on a game that is not constant-sum)
   */
  public static List<EquilibriumSolver> solversFor(String method, NormalFormGame game) {
    return solversFor(method, game, Settings.DEFAULT);
  }

  /**
   * Choices a user can make about the methods.
   *
   * @param lcpLabel when present, Lemke-Howson follows the single path that drops this label
   *     (1-based, row strategies first) instead of searching every reachable equilibrium
   */
  public record Settings(OptionalInt lcpLabel) {
    public static final Settings DEFAULT = new Settings(OptionalInt.empty());
  }

  /** As {@link #solversFor(String, NormalFormGame)}, with the user's settings. */
  public static List<EquilibriumSolver> solversFor(
      String method, NormalFormGame game, Settings settings) {
    boolean twoPlayers = game.numPlayers() == 2;
    LemkeHowsonSolver lcp =
        new LemkeHowsonSolver(
            LemkeHowsonSolver.Options.DEFAULT.withSinglePathLabel(settings.lcpLabel()));
    return switch (method) {
      case "auto" -> List.of(twoPlayers ? new EnumMixedSolver() : new PureEquilibriumSolver());
      case "all" -> all(game, lcp);
      case "pure" -> List.of(new PureEquilibriumSolver());
      case "enummixed" -> List.of(requireTwoPlayers(method, game, new EnumMixedSolver()));
      case "lcp" -> List.of(requireTwoPlayers(method, game, lcp));
      case "lp" -> List.of(requireTwoPlayers(method, game, new ZeroSumLpSolver()));
      default ->
          throw new IllegalArgumentException(
              "unknown method \""
                  + method
                  + "\"; expected one of "
                  + String.join(", ", new Names()));
    };
  }

  private static List<EquilibriumSolver> all(NormalFormGame game, LemkeHowsonSolver lcp) {
    ImmutableList.Builder<EquilibriumSolver> b = ImmutableList.builder();
    b.add(new PureEquilibriumSolver());
    if (game.numPlayers() == 2) {
      b.add(new EnumMixedSolver(), lcp);
      if (ZeroSumLpSolver.isConstantSum(game)) {
        b.add(new ZeroSumLpSolver());
      }
    }
    return b.build();
  }

  private static EquilibriumSolver requireTwoPlayers(
      String method, NormalFormGame game, EquilibriumSolver solver) {
    TwoPlayerGames.requireTwoPlayers(method, game.numPlayers(), "try --method pure");
    return solver;
  }
}
