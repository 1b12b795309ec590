package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@link Leverage#commandLineFor} builds only the subcommand a run names; nothing a user sees may
 * differ from the full command line of {@link Leverage#commandLine()}.
 */
class CommandLineForTest {

  private static CliTest.Run run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void subcommandNamesAreTheCommandsOwnNamesInHelpOrder() {
    List<String> expected = new ArrayList<>(Leverage.SUBCOMMANDS.keySet());
    expected.add("help");
    assertEquals(expected, List.copyOf(Leverage.commandLine().getSubcommands().keySet()));
  }

  @Test
  void aSubcommandRunBuildsOnlyThatSubcommand() {
    assertEquals(
        List.of("solve"),
        List.copyOf(
            Leverage.commandLineFor("solve", "games/chicken.nfg").getSubcommands().keySet()));
  }

  static Stream<List<String>> invocations() {
    Stream<List<String>> each =
        Leverage.SUBCOMMANDS.keySet().stream()
            .flatMap(
                name ->
                    Stream.of(
                        List.of(name, "--help"),
                        List.of(name, "--version"),
                        List.of(name),
                        List.of(name, "--no-such-option")));
    return Stream.concat(
        each,
        Stream.of(
            List.of(),
            List.of("--help"),
            List.of("--version"),
            List.of("-V"),
            List.of("--version", "solve"),
            List.of("help"),
            List.of("help", "solve"),
            List.of("slove", "games/chicken.nfg"),
            List.of("solve", "games/chicken.nfg", "--format", "csv"),
            List.of("solve", "games/chicken.nfg", "--method", "magic"),
            List.of("repeated", "games/repeated-prisoners-dilemma.yaml"),
            List.of("validate", "no/such/file.nfg")));
  }

  @ParameterizedTest
  @MethodSource("invocations")
  void printsAndReturnsWhatTheFullCommandLineDoes(List<String> args) {
    String[] a = args.toArray(String[]::new);
    assertEquals(run(Leverage.commandLine(), a), run(Leverage.commandLineFor(a), a));
  }
}
