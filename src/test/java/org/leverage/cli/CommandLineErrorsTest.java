package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command line picocli cannot parse gets the two lines of every usage error (what is wrong, where
 * to look) and exit code 2; every subcommand prints the version.
 */
class CommandLineErrorsTest {

  static Stream<String> subcommands() {
    return Leverage.SUBCOMMANDS.keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void everySubcommandPrintsTheVersion(String name) {
    for (String flag : new String[] {"--version", "-V"}) {
      CliTest.Run r = CliTest.run(name, flag);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(r.out().startsWith("leverage "), name + " " + flag + ": " + r.out());
      assertEquals(CliTest.run("--version").out(), r.out());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "solve games/chicken.nfg --decimals abc|invalid value for option '--decimals': 'abc' is"
            + " not an int|leverage solve",
        "solve --methd lcp games/chicken.nfg|unknown option '--methd'; did you mean"
            + " --method?|leverage solve",
        "solve|missing required parameter: 'FILE'|leverage solve",
        "solve games/chicken.nfg games/pd.nfg|unexpected argument 'games/pd.nfg'|leverage solve",
        "slove games/chicken.nfg|unknown command 'slove'; did you mean solve or"
            + " convert?|leverage",
        "repeated --horizon|missing required parameter for option '--horizon' (N)|leverage"
            + " repeated",
      })
  void parseErrorsAreTwoLinesAndExitCode2(String args, String problem, String command) {
    CliTest.Run r = CliTest.run(args.split(" "));
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertEquals(
        "leverage: " + problem + "\nsee '" + command + " --help'\n",
        r.err().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void noCommandSaysSoInTwoLines() {
    CliTest.Run r = CliTest.run();
    assertEquals(2, r.exitCode());
    assertEquals(
        "leverage: missing command\nsee 'leverage --help'\n",
        r.err().replace(System.lineSeparator(), "\n"));
  }
}
