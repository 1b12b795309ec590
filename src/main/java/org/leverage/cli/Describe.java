package org.leverage.cli;

import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.GameFile;
import org.leverage.numeric.Rationals;
import org.leverage.report.TreeSolveRenderer;

/** One-line descriptions of games for listings and confirmations. */
final class Describe {

  private Describe() {}

  static String shape(NormalFormGame game) {
    StringBuilder shape = new StringBuilder();
    for (int p = 0; p < game.numPlayers(); p++) {
      shape.append(p == 0 ? "" : "x").append(game.numStrategies(p));
    }
    return shape.toString();
  }

  static String game(NormalFormGame game) {
    return "normal form, "
        + game.numPlayers()
        + " players, "
        + shape(game)
        + (game.title().isEmpty() ? "" : ": " + game.title());
  }

  static String game(ExtensiveGame tree) {
    return TreeSolveRenderer.describe(tree) + (tree.title().isEmpty() ? "" : ": " + tree.title());
  }

  /** One line for any kind of game file. */
  static String of(GameFile read) {
    if (read instanceof GameFile.NormalForm nf) {
      return game(nf.game());
    }
    if (read instanceof GameFile.Extensive t) {
      return game(t.game())
          + t.game()
              .perfectRecallViolation()
              .map(why -> " (no perfect recall, so most solvers refuse it: " + why + ")")
              .orElse("");
    }
    if (read instanceof GameFile.Repeated r) {
      NormalFormGame stage = r.spec().stage();
      return "repeated, "
          + shape(stage)
          + " stage game, discount "
          + Rationals.format(r.spec().game().discount())
          + (r.spec().game().horizon().isPresent()
              ? ", " + r.spec().game().horizon().getAsInt() + " periods"
              : ", infinite horizon")
          + (stage.title().isEmpty() ? "" : ": " + stage.title());
    }
    if (read instanceof GameFile.Scenario s) {
      return "scenario, model "
          + s.file().scenario().model()
          + " (run: leverage compare "
          + s.source()
          + ")"
          + (s.file().scenario().title().isEmpty() ? "" : ": " + s.file().scenario().title());
    }
    GameFile.Dynamic d = (GameFile.Dynamic) read;
    return "dynamic, "
        + d.spec().game().numStates()
        + " states, "
        + (d.spec().infinite() ? "infinite horizon" : d.spec().game().horizon() + " periods")
        + ", "
        + d.spec().timing().toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + (d.spec().title().isEmpty() ? "" : ": " + d.spec().title());
  }
}
