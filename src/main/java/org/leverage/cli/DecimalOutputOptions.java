package org.leverage.cli;

import org.leverage.report.FixedDecimals;
import org.leverage.report.OutputFormat;
import org.leverage.solve.UsageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The output options of the commands whose results are floating point (compare, sensitivity): the
 * format, how many digits after the point text and CSV print, and {@code --header} (their CSV
 * always starts with a header row, so it changes nothing but is checked like everywhere).
 */
final class DecimalOutputOptions {

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  /** Digits after the point unless --decimals says otherwise. */
  static final int DEFAULT_DECIMALS = 4;

  @Option(
      names = {"-d", "--decimals"},
      paramLabel = "N",
      defaultValue = "" + DEFAULT_DECIMALS,
      description = "Digits after the point in text and CSV (default: ${DEFAULT-VALUE}).")
  int decimals;

  @Mixin CsvHeaderOption header;

  /**
   * How text and CSV print numbers, once the options were checked together.
   *
   * @throws UsageException {@code "--decimals must be between 0 and 17 but was N"}, or --header
   *     with a format other than CSV
   */
  FixedDecimals numbers() {
    header.requested(format);
    if (decimals < 0 || decimals > 17) {
      throw new UsageException("--decimals must be between 0 and 17 but was " + decimals);
    }
    return new FixedDecimals(decimals);
  }
}
