package org.leverage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.analysis.RepeatedAnalysis;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.io.GameFile;
import org.leverage.io.RepeatedGameSpec;
import org.leverage.numeric.Rationals;
import org.leverage.report.NumberFormat;
import org.leverage.report.RepeatedRenderer;
import org.leverage.report.RepeatedReport;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code leverage repeated FILE}: minmax values, payoff sets, credibility of a repeated game, given
 * as a repeated-game file or as a two-player stage game with the discount on the command line.
 */
@Command(
    name = "repeated",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse a repeated game, exactly: pure and mixed minmax values, the feasible and"
          + " individually rational payoff sets, the smallest discount factors that sustain the"
          + " target profile (grim trigger, minmax punishment), the automata pairs' payoffs and"
          + " one-shot-deviation checks, and with a finite horizon its pure subgame-perfect"
          + " equilibria.",
      "FILE is a repeated game (YAML type: repeated), whose values the options override, or any"
          + " two-player normal-form game (.nfg or YAML) as the stage game: then --discount is"
          + " required, the horizon is infinite unless --horizon says otherwise, and grim"
          + " trigger reverts to the unique pure stage equilibrium (or a mixed one)."
    })
final class RepeatedCommand implements Callable<Integer> {

  @Spec CommandSpec commandSpec;

  @Parameters(
      paramLabel = "FILE",
      description =
          "Repeated game (YAML, type: repeated) or two-player stage game (.nfg or YAML normal"
              + " form); - reads standard input.")
  Path file;

  @Option(
      names = "--discount",
      paramLabel = "D",
      description =
          "Discount factor in (0, 1), e.g. 0.9 or 9/10; required for a stage game, overrides a"
              + " repeated game file's.")
  String discount;

  @Option(
      names = "--horizon",
      paramLabel = "N",
      description =
          "Number of periods, or 'infinite' (the default for a stage game); overrides the file's.")
  String horizon;

  @Option(
      names = "--target",
      paramLabel = "ROW,COLUMN",
      description =
          "The pure profile to sustain, one strategy name per player (e.g. Cooperate,Cooperate);"
              + " overrides the file's.")
  String target;

  @Mixin OutputOptions output;

  @Mixin OutputFileOption outputFile;

  @Mixin QuietOption quiet;

  @Mixin GameInputOption input;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description =
          "Also write report.html and report.md with an .svg chart of the payoff sets (feasible,"
              + " individually rational, pure SPE, target) into DIR (created if missing).")
  Path reportDir;

  @Override
  public Integer call() throws Exception {
    NumberFormat numbers = output.numberFormat();
    if (output.csvHeader()) {
      throw new UsageException(
          "--header: the CSV of repeated is a list of records of several kinds (minmax, feasible,"
              + " threshold, ...), each with its own columns and named by its first field, so it"
              + " has no one header row; drop --header");
    }
    GameFile read = input.read(file);
    RepeatedGameSpec spec;
    if (read instanceof GameFile.Repeated repeated) {
      spec = repeated.spec();
      if (discount != null) {
        spec = spec.withDiscount(discount());
      }
    } else if (read instanceof GameFile.NormalForm stage) {
      spec = fromStage(read.source(), stage.game());
    } else {
      throw new UsageException(
          read.source()
              + " ("
              + Describe.of(read).split(",")[0]
              + ") is neither a repeated game (YAML type: repeated) nor a two-player normal-form"
              + " stage game");
    }
    if (horizon != null) {
      spec = spec.withHorizon(parseHorizon(horizon));
    }
    if (target != null) {
      spec =
          new RepeatedGameSpec(
              spec.game(),
              Optional.of(parseTarget(spec.stage(), target)),
              spec.punishment(),
              spec.automata());
    }
    RepeatedAnalysis report =
        RepeatedAnalysis.of(
            read.source(), spec.game(), spec.target(), spec.punishment(), spec.automata());
    RepeatedRenderer renderer = new RepeatedRenderer(numbers);
    String text =
        switch (output.format) {
          case text -> renderer.text(report);
          case json -> renderer.json(report);
          case csv -> renderer.csv(report);
        };
    outputFile.print(commandSpec, text);
    if (reportDir != null) {
      ReportDirectory.write(
          reportDir,
          new RepeatedReport(renderer, TypedCommand.of(commandSpec)).files(report),
          commandSpec.commandLine().getErr());
    }
    return ExitCodes.OK;
  }

  /** A stage game repeated with the command line's discount, infinitely until --horizon. */
  private RepeatedGameSpec fromStage(String source, NormalFormGame stage) {
    if (stage.numPlayers() != 2) {
      throw new UsageException(
          source
              + " has "
              + stage.numPlayers()
              + " players; a repeated game's stage game has exactly 2");
    }
    if (discount == null) {
      throw new UsageException(
          "--discount is required when FILE is a stage game (normal form): give the discount"
              + " factor in (0, 1), e.g. --discount 9/10");
    }
    return new RepeatedGameSpec(
        new RepeatedGame(stage, discount(), OptionalInt.empty()),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }

  private BigFraction discount() {
    return Rationals.parse(discount)
        .filter(d -> d.compareTo(BigFraction.ZERO) > 0 && d.compareTo(BigFraction.ONE) < 0)
        .orElseThrow(
            () ->
                new UsageException(
                    "--discount must be a number in (0, 1) but was \"" + discount + "\""));
  }

  /** One strategy index per player, from {@code ROW,COLUMN}. */
  private static List<Integer> parseTarget(NormalFormGame stage, String text) {
    String[] names = text.split(",", -1);
    if (names.length != 2) {
      throw new UsageException(
          "--target must name one strategy per player, as ROW,COLUMN, but was \"" + text + "\"");
    }
    List<Integer> profile = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      List<String> strategies = stage.players().get(p).strategies();
      int index = strategies.indexOf(names[p].strip());
      if (index < 0) {
        throw new UsageException(
            "--target: \""
                + names[p].strip()
                + "\" is not a strategy of "
                + stage.players().get(p).name()
                + " ("
                + String.join(", ", strategies)
                + ")");
      }
      profile.add(index);
    }
    return profile;
  }

  private static OptionalInt parseHorizon(String text) {
    if (text.equals("infinite")) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(text);
      if (n >= 1) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new UsageException(
        "--horizon must be a number of periods (at least 1) or 'infinite' but was \""
            + text
            + "\"");
  }
}
