package org.leverage.cli;

import org.leverage.report.OutputFormat;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Option;

/**
 * {@code --header}: CSV output starts with one row naming its columns. Part of both output mixins,
 * so that every command with {@code --format} takes it; commands whose CSV always starts with a
 * header print it once either way.
 */
final class CsvHeaderOption {

  @Option(
      names = "--header",
      description =
          "With --format csv: print one header row naming the columns before the data (solve's"
              + " Gambit-style NE rows have none without it; CSV that always has a header prints it"
              + " once).")
  boolean header;

  /**
   * Whether CSV output starts with a header row.
   *
   * @throws UsageException when {@code --header} is given with a format other than CSV
   */
  boolean requested(OutputFormat format) {
    if (header && format != OutputFormat.csv) {
      throw new UsageException(
          "--header names the columns of CSV output; use it with --format csv, or drop it (the"
              + " format is "
              + format
              + ")");
    }
    return header;
  }
}
