package org.leverage.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.leverage.io.OutputFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE} / {@code --output FILE}, shared by every command that prints results: the results
 * go to FILE (replaced, UTF-8) instead of standard output; {@code -o -} is standard output. A file
 * that cannot be written is an {@link org.leverage.io.OutputException} (exit code 5). Messages and
 * warnings stay on standard error.
 */
final class OutputFileOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the results to FILE (replacing it) instead of standard output.")
  Path file;

  private StringWriter buffer;

  /** Prints {@code text} to FILE or to the command's standard output. */
  void print(CommandSpec spec, String text) {
    PrintWriter out = open(spec);
    out.print(text);
    close(spec);
  }

  /**
   * Where the results go line by line: standard output, or a buffer that {@link #close} writes to
   * FILE.
   */
  PrintWriter open(CommandSpec spec) {
    if (toStandardOutput()) {
      return spec.commandLine().getOut();
    }
    buffer = new StringWriter();
    return new PrintWriter(buffer);
  }

  /** Flushes standard output, or writes what {@link #open}'s writer got to FILE. */
  void close(CommandSpec spec) {
    if (toStandardOutput()) {
      spec.commandLine().getOut().flush();
    } else {
      OutputFiles.write(file, buffer.toString());
    }
  }

  private boolean toStandardOutput() {
    return file == null || file.toString().equals("-");
  }
}
