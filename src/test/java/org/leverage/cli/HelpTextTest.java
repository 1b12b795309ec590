package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command's {@code --help} fits {@value Leverage#HELP_WIDTH} columns and wraps only where a
 * line is full: a sentence is never broken early because its description was written as several
 * lines.
 */
class HelpTextTest {

  /** Columns picocli may leave free at the end of a wrapped line of a table column. */
  private static final int MARGIN = 10;

  static Stream<String> commands() {
    List<String> names = new ArrayList<>(Leverage.SUBCOMMANDS.keySet());
    names.add("");
    return names.stream();
  }

  private static String help(String name) {
    CommandLine top = Leverage.commandLine();
    top.setUsageHelpAutoWidth(false);
    CommandLine cl = name.isEmpty() ? top : top.getSubcommands().get(name);
    return cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpFitsTheWidthAndWrapsOnlyFullLines(String name) {
    String help = help(name);
    // The methods table of solve has one row per kind of game, each row a sentence of its own.
    int methods = help.indexOf("Methods (--method)");
    String[] lines = (methods < 0 ? help : help.substring(0, methods)).split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      assertTrue(
          line.length() <= Leverage.HELP_WIDTH,
          name + " help line " + (i + 1) + " is " + line.length() + " columns: " + line);
      if (i == 0) {
        continue;
      }
      String next = line.strip();
      String above = lines[i - 1].stripTrailing();
      // A line that goes on with a lower-case word continues the sentence of the line above,
      // which must then have been full (picocli keeps a margin in the columns of a table): the
      // word would not have fitted on it. After a heading (ending in ':') or a sentence's end,
      // a list goes on (such as the commands, by name).
      if (next.isEmpty()
          || !Character.isLowerCase(next.charAt(0))
          || above.endsWith(":")
          || above.endsWith(".")) {
        continue;
      }
      String firstWord = next.split(" ", 2)[0];
      assertTrue(
          above.length() + 1 + firstWord.length() > Leverage.HELP_WIDTH - MARGIN,
          name + " help breaks a sentence early at line " + (i + 1) + ":\n" + above + "\n" + line);
    }
  }
}
