package org.leverage.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.GameFiles;
import org.leverage.io.GameFormatException;
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

  /** Reads {@code file}, a normal-form game or a tree, and describes it in one line. */
  static String file(Path file) throws IOException, GameFormatException {
    return GameFiles.isExtensive(file)
        ? game(GameFiles.readExtensive(file))
        : game(GameFiles.readNormalForm(file));
  }
}
