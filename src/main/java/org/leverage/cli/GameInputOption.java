package org.leverage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.io.GameFormatException;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Option;

/**
 * How a command reads its game FILE: {@code -} is standard input, as for Gambit's tools, named
 * {@code <stdin>} in messages; {@code --input-format nfg|efg|yaml} says the format where the file's
 * extension (or, on standard input, the content's first word) should not decide it.
 */
final class GameInputOption {

  /** The FILE argument that stands for standard input. */
  static final String STANDARD_INPUT = "-";

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description =
          "Format of FILE: nfg, efg or yaml (default: by extension; for - or another extension,"
              + " by content: an NFG 1 or EFG 2 header is Gambit's, anything else YAML).")
  String format;

  /** Reads {@code file}, or standard input when it is {@code -}. */
  GameFile read(Path file) throws IOException, GameFormatException {
    Optional<GameFiles.InputFormat> f = Optional.ofNullable(format).map(GameInputOption::parse);
    return isStandardInput(file) ? GameFiles.readAny(System.in, f) : GameFiles.readAny(file, f);
  }

  static boolean isStandardInput(Path file) {
    return file.toString().equals(STANDARD_INPUT);
  }

  private static GameFiles.InputFormat parse(String text) {
    try {
      return GameFiles.InputFormat.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--input-format must be nfg, efg or yaml but was \"" + text + "\"");
    }
  }
}
