package org.leverage.cli;

import org.leverage.solve.UsageException;
import org.leverage.solve.catalog.GameKind;
import picocli.CommandLine.Option;

/**
 * {@code -P}, as Gambit's {@code gambit-lcp -P}: only subgame-perfect equilibria. On a game tree
 * that is {@code --method spe} (each subgame solved by {@code --subgame-method}); other games have
 * no proper subgames, so every equilibrium is subgame perfect and {@code -P} changes nothing.
 */
final class SubgamePerfectOption {

  /** The method {@code -P} stands for. */
  static final String METHOD = "spe";

  @Option(
      names = "-P",
      description =
          "Subgame-perfect equilibria only, as Gambit's -P: --method spe on game trees; other"
              + " games have no proper subgames, so it changes nothing there.")
  boolean subgamePerfect;

  /**
   * The method to run on a game of {@code kind}: {@code method} without {@code -P} or on a game
   * that is not a tree; on a tree with {@code -P}, {@value #METHOD}.
   *
   * @throws UsageException when {@code -P} on a tree comes with a method other than auto or spe
   */
  String method(String method, GameKind kind) {
    if (!subgamePerfect || kind != GameKind.TREE || method.equals(METHOD)) {
      return method;
    }
    if (method.equals("auto")) {
      return METHOD;
    }
    throw new UsageException(
        "-P asks for --method " + METHOD + " but --method is " + method + "; drop one of them");
  }
}
