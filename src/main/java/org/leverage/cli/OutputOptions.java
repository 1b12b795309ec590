package org.leverage.cli;

import org.leverage.report.NumberFormat;
import org.leverage.report.OutputFormat;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shared output options: format, how numbers are printed, and a CSV header row. */
final class OutputOptions {

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--exact",
      description =
          "Print exact fractions (the default). For a dynamic game with a finite horizon: solve"
              + " by backward induction in exact rational arithmetic (slower; limited in size).")
  boolean exact;

  @Option(
      names = {"-d", "--decimals"},
      paramLabel = "N",
      description = "Print decimals with N digits after the point instead of fractions.")
  Integer decimals;

  @Mixin CsvHeaderOption header;

  /**
   * How numbers are printed, once the options were checked together.
   *
   * @throws UsageException for --exact with --decimals, --decimals out of range, or --header with a
   *     format other than CSV
   */
  NumberFormat numberFormat() {
    header.requested(format);
    if (decimals != null && exact) {
      throw new UsageException("--exact and --decimals cannot be used together");
    }
    if (decimals != null && (decimals < 0 || decimals > 100)) {
      throw new UsageException("--decimals must be between 0 and 100 but was " + decimals);
    }
    return decimals == null ? NumberFormat.EXACT : new NumberFormat(decimals);
  }

  /** Whether CSV output starts with a header row ({@code --header}). */
  boolean csvHeader() {
    return header.requested(format);
  }
}
