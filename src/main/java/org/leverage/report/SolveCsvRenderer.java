package org.leverage.report;

import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.solve.catalog.DecimalEntry;
import org.leverage.solve.catalog.EquilibriumEntry;
import org.leverage.solve.catalog.Solution;

/**
 * Gambit-compatible CSV: one {@code NE,} row per equilibrium with every probability, player by
 * player in strategy order. With several methods each row is prefixed by the method name. With a
 * selection ({@code --select}) each row ends with {@code 1} when the criterion selected the
 * equilibrium, else {@code 0}. Floating-point equilibria are printed with a fixed number of
 * decimals (six unless {@code --decimals} says), as {@code gambit-enumpoly} prints them; their
 * regrets are in the text and JSON output only, so that the rows stay in Gambit's shape.
 */
public final class SolveCsvRenderer {

  private final NumberFormat numbers;

  public SolveCsvRenderer(NumberFormat numbers) {
    this.numbers = numbers;
  }

  public String render(Solution.NormalForm solution) {
    boolean prefix = solution.sectionCount() > 1;
    StringBuilder out = new StringBuilder();
    for (Solution.NormalForm.Section section : solution.sections()) {
      for (int k = 0; k < section.entries().size(); k++) {
        EquilibriumEntry e = section.entries().get(k);
        if (prefix) {
          out.append(section.result().method()).append(',');
        }
        out.append("NE");
        for (BigFraction x : e.profile().flatten()) {
          out.append(',').append(numbers.format(x));
        }
        int position = k;
        section
            .selection()
            .ifPresent(s -> out.append(',').append(s.isSelected(position) ? '1' : '0'));
        out.append('\n');
      }
    }
    FixedDecimals decimals = FixedDecimals.of(numbers);
    for (Solution.NormalForm.ApproximateSection section : solution.approximate()) {
      for (DecimalEntry e : section.entries()) {
        if (prefix) {
          out.append(section.result().method()).append(',');
        }
        out.append("NE");
        for (double x : e.equilibrium().profile().flatten()) {
          out.append(',').append(decimals.format(x));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
