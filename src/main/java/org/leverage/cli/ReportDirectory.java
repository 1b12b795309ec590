package org.leverage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.leverage.io.OutputFiles;

/**
 * Writes the files of a {@code --report DIR} as UTF-8, creating the folder if missing; a failed
 * write is an {@link org.leverage.io.OutputException} (exit code 5).
 */
final class ReportDirectory {

  private ReportDirectory() {}

  /** Writes each file of {@code files} (name to content) into {@code dir} and says so on err. */
  static void write(Path dir, Map<String, String> files, PrintWriter err) {
    OutputFiles.writeAll(dir, files);
    err.println("leverage: report written to " + dir);
  }
}
