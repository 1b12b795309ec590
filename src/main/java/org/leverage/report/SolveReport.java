package org.leverage.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.bimatrix.EnumMixedSolver;
import org.leverage.solve.bimatrix.MaximalNashSubsets;

/**
 * What {@code leverage solve} found on one game: the game, and per method its equilibria with
 * payoffs.
 */
public record SolveReport(String source, NormalFormGame game, List<MethodSection> sections) {

  public SolveReport {
    sections = ImmutableList.copyOf(sections);
  }

  /**
   * The equilibria one method found.
   *
   * @param components the maximal Nash subsets spanned by the equilibria, when asked for and the
   *     method finds every extreme equilibrium ({@code enummixed}); otherwise empty
   */
  public record MethodSection(
      EquilibriumSolver.Result result,
      List<EquilibriumEntry> entries,
      List<MaximalNashSubsets.Subset> components) {
    public MethodSection {
      entries = ImmutableList.copyOf(entries);
      components = ImmutableList.copyOf(components);
    }
  }

  /**
   * The report of {@code results} on {@code game}.
   *
   * @param components whether to add the maximal Nash subsets to the sections of {@code enummixed},
   *     the one method whose equilibria span the whole equilibrium set
   */
  public static SolveReport of(
      String source,
      NormalFormGame game,
      List<EquilibriumSolver.Result> results,
      boolean components) {
    ImmutableList.Builder<MethodSection> sections = ImmutableList.builder();
    for (EquilibriumSolver.Result r : results) {
      sections.add(
          new MethodSection(
              r,
              r.equilibria().stream()
                  .map(p -> EquilibriumEntry.of(game, p))
                  .collect(ImmutableList.toImmutableList()),
              components && r.method().equals(EnumMixedSolver.METHOD)
                  ? MaximalNashSubsets.of(r.equilibria())
                  : List.of()));
    }
    return new SolveReport(source, game, sections.build());
  }
}
