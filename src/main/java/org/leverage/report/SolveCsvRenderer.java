package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import org.leverage.solve.catalog.DecimalEntry;
import org.leverage.solve.catalog.EquilibriumEntry;
import org.leverage.solve.catalog.Solution;

/**
 * Gambit-compatible CSV of a normal-form game's equilibria: one {@code NE,} row per equilibrium
 * with every probability, player by player in strategy order, in the columns {@link SolveCsvShape}
 * fixes: under {@code --method all} every row starts with its method's name, however many methods
 * ran; with a selection ({@code --select}) every row ends with {@code 1} when the criterion
 * selected the equilibrium, {@code 0} when not, and nothing for a floating-point method the
 * criterion does not judge; with {@code --header} a first row names the columns ({@code method},
 * {@code kind}, {@code PLAYER:STRATEGY}..., {@code selected}). Floating-point equilibria are
 * printed with a fixed number of decimals (six unless {@code --decimals} says), as {@code
 * gambit-enumpoly} prints them; their regrets are in the text and JSON output only, so that the
 * rows stay in Gambit's shape.
 */
public final class SolveCsvRenderer {

  /** The first field of a row: a Nash equilibrium, as Gambit's tools tag it. */
  static final String EQUILIBRIUM = "NE";

  private final NumberFormat numbers;
  private final SolveCsvShape shape;

  public SolveCsvRenderer(NumberFormat numbers, SolveCsvShape shape) {
    this.numbers = numbers;
    this.shape = shape;
  }

  public String render(Solution.NormalForm solution) {
    Csv csv = new Csv();
    if (shape.header()) {
      List<String> header = new ArrayList<>();
      if (shape.methodColumn()) {
        header.add("method");
      }
      header.add("kind");
      header.addAll(Shapes.strategyColumns(solution.game()));
      if (shape.selectedColumn()) {
        header.add("selected");
      }
      csv.row(header);
    }
    for (Solution.NormalForm.Section section : solution.sections()) {
      for (int k = 0; k < section.entries().size(); k++) {
        EquilibriumEntry e = section.entries().get(k);
        List<String> row = start(section.result().method());
        e.profile().flatten().forEach(x -> row.add(numbers.format(x)));
        if (shape.selectedColumn()) {
          int position = k;
          row.add(section.selection().map(s -> s.isSelected(position) ? "1" : "0").orElse(""));
        }
        csv.row(row);
      }
    }
    FixedDecimals decimals = FixedDecimals.of(numbers);
    for (Solution.NormalForm.ApproximateSection section : solution.approximate()) {
      for (DecimalEntry e : section.entries()) {
        List<String> row = start(section.result().method());
        for (double x : e.equilibrium().profile().flatten()) {
          row.add(decimals.format(x));
        }
        if (shape.selectedColumn()) {
          row.add("");
        }
        csv.row(row);
      }
    }
    return csv.toString();
  }

  private List<String> start(String method) {
    List<String> row = new ArrayList<>();
    if (shape.methodColumn()) {
      row.add(method);
    }
    row.add(EQUILIBRIUM);
    return row;
  }
}
