package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code leverage repeated} on a two-player normal-form stage game, with the discount, horizon and
 * target on the command line, analyses what the same repeated-game file would say.
 */
class RepeatedStageCliTest {

  private static final String STAGE =
      """
      players:
        - name: Row
          strategies: [Cooperate, Defect]
        - name: Column
          strategies: [Cooperate, Defect]
      payoffs:
        Cooperate: {Cooperate: [3, 3], Defect: [0, 5]}
        Defect: {Cooperate: [5, 0], Defect: [1, 1]}
      """;

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "--discount 9/10 --target Cooperate,Cooperate; discount: 9/10|target: [Cooperate, Cooperate]",
        "--discount 0.5 --horizon 3; discount: 1/2|horizon: 3",
        "--discount 3/4 --horizon infinite --target Defect,Cooperate; discount: 3/4|target: [Defect,"
            + " Cooperate]",
      })
  void aStageGameWithOptionsIsTheRepeatedGameFile(String options, String yaml, @TempDir Path dir)
      throws IOException {
    Path repeated = dir.resolve("repeated.yaml");
    Files.writeString(
        repeated,
        "version: 1\ntype: repeated\ntitle: Prisoner's dilemma\n"
            + STAGE
            + yaml.replace("|", "\n")
            + "\n");
    String stage = "games/prisoners-dilemma.nfg";
    CliTest.Run fromFile = CliTest.run("repeated", repeated.toString());
    String[] args = ("repeated " + stage + " " + options).split(" ");
    CliTest.Run fromStage = CliTest.run(args);
    assertEquals(0, fromFile.exitCode(), fromFile.err());
    assertEquals(0, fromStage.exitCode(), fromStage.err());
    assertEquals(fromFile.out().replace(repeated.toString(), stage), fromStage.out());
  }

  @Test
  void aYamlStageGameWorksToo() {
    CliTest.Run r = CliTest.run("repeated", "games/chicken.yaml", "--discount", "1/2");
    assertEquals(0, r.exitCode(), r.err());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "games/prisoners-dilemma.nfg; --discount is required when FILE is a stage game (normal"
            + " form): give the discount factor in (0, 1), e.g. --discount 9/10",
        "games/prisoners-dilemma.nfg --discount 1; --discount must be a number in (0, 1) but was"
            + " \"1\"",
        "games/prisoners-dilemma.nfg --discount 1/2 --target Cooperate; --target must name one"
            + " strategy per player, as ROW,COLUMN, but was \"Cooperate\"",
        "games/prisoners-dilemma.nfg --discount 1/2 --target Cooperate,Nice; --target: \"Nice\" is"
            + " not a strategy of Column (Cooperate, Defect)",
        "games/entry-deterrence.efg --discount 1/2; games/entry-deterrence.efg (game tree) is"
            + " neither a repeated game (YAML type: repeated) nor a two-player normal-form stage"
            + " game",
      })
  void missingOrWrongValuesAreUsageErrorsNamingTheOption(String args, String message) {
    CliTest.Run r = CliTest.run(("repeated " + args).split(" "));
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("leverage: " + message, r.err().strip());
  }
}
