package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import org.leverage.game.DecimalProfile;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.catalog.DecimalEntry;
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
      csv.row(headerFields(solution.game()));
    }
    for (Solution.NormalForm.Section section : solution.sections()) {
      for (int k = 0; k < section.entries().size(); k++) {
        List<String> row = start(section.result().method());
        row.addAll(probabilities(section.entries().get(k).profile()));
        if (shape.selectedColumn()) {
          int position = k;
          row.add(section.selection().map(s -> s.isSelected(position) ? "1" : "0").orElse(""));
        }
        csv.row(row);
      }
    }
    for (Solution.NormalForm.ApproximateSection section : solution.approximate()) {
      for (DecimalEntry e : section.entries()) {
        List<String> row = start(section.result().method());
        row.addAll(probabilities(e.equilibrium().profile()));
        if (shape.selectedColumn()) {
          row.add("");
        }
        csv.row(row);
      }
    }
    return csv.toString();
  }

  /** The header row of {@code game}'s equilibria in this shape, line break included. */
  public String header(NormalFormGame game) {
    return new Csv().row(headerFields(game)).toString();
  }

  private List<String> headerFields(NormalFormGame game) {
    List<String> header = new ArrayList<>();
    if (shape.methodColumn()) {
      header.add("method");
    }
    header.add("kind");
    header.addAll(Shapes.strategyColumns(game));
    if (shape.selectedColumn()) {
      header.add("selected");
    }
    return header;
  }

  /**
   * The row of one exact equilibrium, line break included, as {@code --stream} prints it: one
   * method and no selection, so neither a method nor a selected column.
   */
  public String row(MixedProfile equilibrium) {
    List<String> row = start("");
    row.addAll(probabilities(equilibrium));
    return new Csv().row(row).toString();
  }

  /** The row of one floating-point equilibrium, as {@link #row(MixedProfile)}. */
  public String row(DecimalProfile equilibrium) {
    List<String> row = start("");
    row.addAll(probabilities(equilibrium));
    return new Csv().row(row).toString();
  }

  private List<String> start(String method) {
    List<String> row = new ArrayList<>();
    if (shape.methodColumn()) {
      row.add(method);
    }
    row.add(EQUILIBRIUM);
    return row;
  }

  private List<String> probabilities(MixedProfile equilibrium) {
    return equilibrium.flatten().stream().map(numbers::format).toList();
  }

  private List<String> probabilities(DecimalProfile equilibrium) {
    FixedDecimals decimals = FixedDecimals.of(numbers);
    List<String> out = new ArrayList<>();
    for (double x : equilibrium.flatten()) {
      out.add(decimals.format(x));
    }
    return out;
  }
}
