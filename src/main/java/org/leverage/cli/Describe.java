package org.leverage.cli;

import java.util.Locale;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.DynamicGameSpec;
import org.leverage.io.GameFile;
import org.leverage.io.RepeatedGameSpec;
import org.leverage.model.Scenario;
import org.leverage.numeric.Rationals;
import org.leverage.report.TreeSolveRenderer;

/** One-line descriptions of games for listings and confirmations. */
final class Describe {

  private Describe() {}

  static String game(NormalFormGame game) {
    return "normal form, "
        + game.numPlayers()
        + " players, "
        + game.shape()
        + (game.title().isEmpty() ? "" : ": " + game.title());
  }

  static String game(ExtensiveGame tree) {
    return TreeSolveRenderer.describe(tree) + (tree.title().isEmpty() ? "" : ": " + tree.title());
  }

  /** One line for any kind of game file. */
  static String of(GameFile read) {
    return read.accept(
        new GameFile.Visitor<String>() {
          @Override
          public String normalForm(GameFile.NormalForm f) {
            return game(f.game());
          }

          @Override
          public String extensive(GameFile.Extensive f) {
            return game(f.game())
                + f.game()
                    .perfectRecallViolation()
                    .map(why -> " (no perfect recall, so most solvers refuse it: " + why + ")")
                    .orElse("");
          }

          @Override
          public String repeated(GameFile.Repeated f) {
            RepeatedGameSpec r = f.spec();
            NormalFormGame stage = r.stage();
            return "repeated, "
                + stage.shape()
                + " stage game, discount "
                + Rationals.format(r.game().discount())
                + (r.game().horizon().isPresent()
                    ? ", " + r.game().horizon().getAsInt() + " periods"
                    : ", infinite horizon")
                + (stage.title().isEmpty() ? "" : ": " + stage.title());
          }

          @Override
          public String scenario(GameFile.Scenario f) {
            Scenario s = f.file().scenario();
            return "scenario, model "
                + s.model()
                + " (run: leverage compare "
                + f.source()
                + ")"
                + (s.title().isEmpty() ? "" : ": " + s.title());
          }

          @Override
          public String dynamic(GameFile.Dynamic f) {
            DynamicGameSpec d = f.spec();
            return "dynamic, "
                + d.game().numStates()
                + " states, "
                + (d.infinite() ? "infinite horizon" : d.game().horizon() + " periods")
                + ", "
                + d.timing().toString().toLowerCase(Locale.ROOT).replace('_', '-')
                + (d.title().isEmpty() ? "" : ": " + d.title());
          }
        });
  }
}
