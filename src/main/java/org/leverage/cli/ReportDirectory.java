package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the files of a {@code --report DIR} as UTF-8, creating the folder if missing. */
final class ReportDirectory {

  private ReportDirectory() {}

  /** Writes each file of {@code files} (name to content) into {@code dir} and says so on err. */
  static void write(Path dir, Map<String, String> files, PrintWriter err) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    err.println("leverage: report written to " + dir);
  }
}
