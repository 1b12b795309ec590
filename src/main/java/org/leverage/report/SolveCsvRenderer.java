package org.leverage.report;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * Gambit-compatible CSV: one {@code NE,} row per equilibrium with every probability, player by
 * player in strategy order. With several methods each row is prefixed by the method name.
 */
public final class SolveCsvRenderer {

  private final NumberFormat numbers;

  public SolveCsvRenderer(NumberFormat numbers) {
    this.numbers = numbers;
  }

  public String render(SolveReport report) {
    boolean prefix = report.sections().size() > 1;
    StringBuilder out = new StringBuilder();
    for (SolveReport.MethodSection section : report.sections()) {
      for (EquilibriumEntry e : section.entries()) {
        if (prefix) {
          out.append(section.result().method()).append(',');
        }
        out.append("NE");
        for (BigFraction x : e.profile().flatten()) {
          out.append(',').append(numbers.format(x));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
