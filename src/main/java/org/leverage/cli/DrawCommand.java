package org.leverage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.io.OutputFiles;
import org.leverage.numeric.Rationals;
import org.leverage.report.draw.AutomatonDrawing;
import org.leverage.report.draw.PayoffTableDrawing;
import org.leverage.report.draw.Picture;
import org.leverage.report.draw.PictureFormat;
import org.leverage.report.draw.TreeDrawing;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.UsageException;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.tree.SpeTreeSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leverage draw FILE -o OUT}: a picture of a game, as SVG or PNG by the output's extension:
 * a normal-form game as payoff tables with its equilibria (pure marked; enummixed's listed for two
 * players), a tree with a subgame-perfect equilibrium highlighted ({@code spe}, when the tree has
 * perfect recall), the automata of a repeated game.
 */
@Command(
    name = "draw",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a game as SVG or PNG (chosen by the extension of -o): a normal-form game as payoff"
          + " tables with its equilibria marked, a game tree with a subgame-perfect equilibrium"
          + " highlighted, or the strategy automata of a repeated game."
    })
final class DrawCommand implements Callable<Integer> {

  private static final String ID = "game";

  /** The most subgame-perfect equilibria enumerated before one is chosen to highlight. */
  private static final int MAX_EQUILIBRIA = 1000;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Game file: Gambit .nfg or .efg, or YAML.")
  Path file;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "Picture to write: .svg or .png.")
  Path out;

  @Option(
      names = "--max-nodes",
      paramLabel = "N",
      description = "Most nodes of a tree drawn (default: ${DEFAULT-VALUE}).")
  int maxNodes = TreeDrawing.DEFAULT_MAX_NODES;

  @Override
  public Integer call() throws Exception {
    String name = out.getFileName() == null ? "" : out.getFileName().toString();
    PictureFormat format =
        PictureFormat.ofFileName(name)
            .orElseThrow(
                () ->
                    new UsageException(
                        "cannot choose a picture format for \""
                            + out
                            + "\": -o must end in "
                            + PictureFormat.extensions()));
    if (maxNodes < 1) {
      throw new UsageException("--max-nodes must be at least 1 but was " + maxNodes);
    }
    Picture picture = GameFiles.readAny(file).accept(new Drawer());
    OutputFiles.write(out, format.write(picture));
    spec.commandLine()
        .getOut()
        .println("wrote " + out + " (" + picture.width() + "x" + picture.height() + " pixels)");
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** Solves what the picture shows, then lays it out. */
  private final class Drawer implements GameFile.Visitor<Picture> {

    @Override
    public Picture normalForm(GameFile.NormalForm f) {
      NormalFormGame game = f.game();
      List<MixedProfile> pure = new PureEquilibriumSolver().solve(game).equilibria();
      List<MixedProfile> mixed = List.of();
      if (game.numPlayers() == 2) {
        EquilibriumSolver.Result r = new EnumMixedSolver().solve(game);
        mixed = r.equilibria();
      }
      return PayoffTableDrawing.of(ID, game, pure, mixed, EnumMixedSolver.METHOD);
    }

    @Override
    public Picture extensive(GameFile.Extensive f) {
      ExtensiveGame game = f.game();
      if (game.numNodes() > maxNodes) {
        return TreeDrawing.of(ID, game, Optional.empty(), "", maxNodes);
      }
      if (!game.hasPerfectRecall()) {
        return TreeDrawing.of(
            ID,
            game,
            Optional.empty(),
            "No subgame-perfect equilibrium highlighted: the tree lacks perfect recall.",
            maxNodes);
      }
      // One equilibrium per subgame (Lemke) for two players, so that the combinations stay few.
      String subgames = game.numPlayers() == 2 ? "lcp" : SpeTreeSolver.SUBGAME_METHODS.get(0);
      TreeSolver.Result r;
      try {
        r = new SpeTreeSolver(MAX_EQUILIBRIA, subgames).solve(game);
      } catch (EquilibriumLimitException e) {
        return TreeDrawing.of(
            ID,
            game,
            Optional.empty(),
            "No subgame-perfect equilibrium highlighted: more than "
                + MAX_EQUILIBRIA
                + " (ties); solve it with: leverage solve --method spe",
            maxNodes);
      }
      if (r.equilibria().isEmpty()) {
        return TreeDrawing.of(
            ID,
            game,
            Optional.empty(),
            "No subgame-perfect equilibrium in pure strategies.",
            maxNodes);
      }
      TreeSolver.Equilibrium e = r.equilibria().get(0);
      String note =
          (r.equilibria().size() == 1
                  ? "Highlighted: a subgame-perfect equilibrium (spe), payoffs "
                  : "Highlighted: the first of "
                      + r.equilibria().size()
                      + " subgame-perfect equilibria found (spe), payoffs ")
              + Rationals.tuple(e.payoffs())
              + (game.isPerfectInformation() ? ", by backward induction." : ".");
      return TreeDrawing.of(ID, game, Optional.of(e), note, maxNodes);
    }

    @Override
    public Picture repeated(GameFile.Repeated f) {
      if (f.spec().automata().isEmpty()) {
        throw new UsageException(
            "draw shows the strategy automata of a repeated game, but "
                + f.source()
                + " defines none (add an automata: list)");
      }
      return AutomatonDrawing.of(ID, f.spec().game().stage(), f.spec().automata());
    }

    @Override
    public Picture dynamic(GameFile.Dynamic f) {
      throw cannotDraw(f);
    }

    @Override
    public Picture scenario(GameFile.Scenario f) {
      throw cannotDraw(f);
    }
  }

  private UsageException cannotDraw(GameFile read) {
    return new UsageException(
        "draw handles normal-form games, game trees and repeated games with automata, but "
            + file
            + " is a "
            + Describe.of(read).split(",")[0]
            + " game");
  }
}
