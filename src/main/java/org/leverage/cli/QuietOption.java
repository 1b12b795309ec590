package org.leverage.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -q} / {@code --quiet}: Gambit's tools take {@code -q} to drop their banner. leverage
 * prints no banner, so {@code -q} drops its notes instead: the confirmations on standard error
 * (such as "report written to DIR") and convert's "wrote" line. Warnings and errors still print.
 */
final class QuietOption {

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print no notes (as Gambit's -q drops its banner; leverage has none): results, warnings"
              + " and errors only.")
  boolean quiet;

  /** Where notes go: standard error, or nowhere with {@code -q}. */
  PrintWriter notes(CommandSpec spec) {
    return quiet ? new PrintWriter(Writer.nullWriter()) : spec.commandLine().getErr();
  }
}
