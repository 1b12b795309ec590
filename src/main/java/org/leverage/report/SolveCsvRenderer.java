package org.leverage.report;

import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.DecimalProfile;
import org.leverage.game.MixedProfile;
import org.leverage.solve.catalog.DecimalEntry;
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
        if (prefix) {
          out.append(section.result().method()).append(',');
        }
        out.append(row(section.entries().get(k).profile()));
        int position = k;
        section
            .selection()
            .ifPresent(s -> out.append(',').append(s.isSelected(position) ? '1' : '0'));
        out.append('\n');
      }
    }
    for (Solution.NormalForm.ApproximateSection section : solution.approximate()) {
      for (DecimalEntry e : section.entries()) {
        if (prefix) {
          out.append(section.result().method()).append(',');
        }
        out.append(row(e.equilibrium().profile())).append('\n');
      }
    }
    return out.toString();
  }

  /** The {@code NE,...} row of an exact equilibrium, without a line break. */
  public String row(MixedProfile equilibrium) {
    StringBuilder out = new StringBuilder("NE");
    for (BigFraction x : equilibrium.flatten()) {
      out.append(',').append(numbers.format(x));
    }
    return out.toString();
  }

  /** The {@code NE,...} row of a floating-point equilibrium, without a line break. */
  public String row(DecimalProfile equilibrium) {
    FixedDecimals decimals = FixedDecimals.of(numbers);
    StringBuilder out = new StringBuilder("NE");
    for (double x : equilibrium.flatten()) {
      out.append(',').append(decimals.format(x));
    }
    return out.toString();
  }
}
