package org.leverage.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.EquilibriumSolver;

/**
 * What {@code leverage solve} found on one game: the game, and per method its equilibria with
 * payoffs.
 */
public record SolveReport(String source, NormalFormGame game, List<MethodSection> sections) {

  public SolveReport {
    sections = ImmutableList.copyOf(sections);
  }

  /** The equilibria one method found. */
  public record MethodSection(EquilibriumSolver.Result result, List<EquilibriumEntry> entries) {
    public MethodSection {
      entries = ImmutableList.copyOf(entries);
    }
  }

  public static SolveReport of(
      String source, NormalFormGame game, List<EquilibriumSolver.Result> results) {
    ImmutableList.Builder<MethodSection> sections = ImmutableList.builder();
    for (EquilibriumSolver.Result r : results) {
      sections.add(
          new MethodSection(
              r,
              r.equilibria().stream()
                  .map(p -> EquilibriumEntry.of(game, p))
                  .collect(ImmutableList.toImmutableList())));
    }
    return new SolveReport(source, game, sections.build());
  }
}
