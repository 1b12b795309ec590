package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.leverage.game.NormalFormGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.TreeSolver;
import org.leverage.solve.bimatrix.MaximalNashSubsets;
import org.leverage.solve.correlated.CorrelatedOptima;
import org.leverage.solve.correlated.IncentiveCheck;
import org.leverage.solve.dominance.DominanceEliminator;
import org.leverage.solve.selection.Selection;

/**
 * What {@link SolverCatalog#solve} found, computed in full: renderers only format it. Code that
 * handles every kind goes through {@link #accept}, so the compiler checks that none is forgotten.
 */
public sealed interface Solution
    permits Solution.NormalForm,
        Solution.Dominance,
        Solution.Tree,
        DynamicResult,
        Solution.Correlated {

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of solution. */
  interface Visitor<R> {
    R normalForm(NormalForm solution);

    R dominance(Dominance solution);

    R tree(Tree solution);

    R dynamic(DynamicResult solution);

    R correlated(Correlated solution);
  }

  /**
   * The equilibria of a normal-form game, one section per method, in the catalog's order: the exact
   * methods' first, then the floating-point methods', and notes for the reader (why a method did
   * not run, where to find equilibria that were not sought).
   *
   * @param sections the exact methods' equilibria
   * @param approximate the floating-point methods' equilibria ({@link ApproximateSolver})
   * @param notes sentences for the reader, in order
   * @param complete false when a method was stopped by its time limit: its section then lists the
   *     equilibria it found before, and a note says so
   */
  record NormalForm(
      NormalFormGame game,
      List<Section> sections,
      List<ApproximateSection> approximate,
      List<String> notes,
      boolean complete)
      implements Solution {

    public NormalForm {
      Objects.requireNonNull(game, "game");
      sections = ImmutableList.copyOf(sections);
      approximate = ImmutableList.copyOf(approximate);
      notes = ImmutableList.copyOf(notes);
    }

    /** Exact sections only, without notes, complete. */
    public NormalForm(NormalFormGame game, List<Section> sections) {
      this(game, sections, List.of(), List.of(), true);
    }

    /** The number of sections, exact and floating point. */
    public int sectionCount() {
      return sections.size() + approximate.size();
    }

    /**
     * The equilibria one floating-point method found, each with its payoffs.
     *
     * @param entries the result's equilibria with their payoffs, same order
     */
    public record ApproximateSection(ApproximateSolver.Result result, List<DecimalEntry> entries) {

      public ApproximateSection {
        Objects.requireNonNull(result, "result");
        entries = ImmutableList.copyOf(entries);
      }

      /** The section of {@code result} on {@code game}. */
      public static ApproximateSection of(NormalFormGame game, ApproximateSolver.Result result) {
        return new ApproximateSection(
            result,
            result.equilibria().stream()
                .map(e -> DecimalEntry.of(game, e))
                .collect(ImmutableList.toImmutableList()));
      }
    }

    /**
     * The equilibria one method found, each with its payoffs.
     *
     * @param entries the result's equilibria with their payoffs, same order
     * @param components the maximal Nash subsets spanned by the equilibria, when asked for (the
     *     method finds every extreme equilibrium: {@code enummixed}); otherwise empty
     * @param selection the equilibria a criterion selected, by position in {@code entries}, when
     *     asked for ({@code --select})
     */
    public record Section(
        EquilibriumSolver.Result result,
        List<EquilibriumEntry> entries,
        List<MaximalNashSubsets.Subset> components,
        Optional<Selection> selection) {

      public Section {
        Objects.requireNonNull(result, "result");
        entries = ImmutableList.copyOf(entries);
        components = ImmutableList.copyOf(components);
        Objects.requireNonNull(selection, "selection");
      }

      /** A section without a selection. */
      public Section(
          EquilibriumSolver.Result result,
          List<EquilibriumEntry> entries,
          List<MaximalNashSubsets.Subset> components) {
        this(result, entries, components, Optional.empty());
      }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.normalForm(this);
    }
  }

  /** Iterated elimination of strictly dominated strategies of a normal-form game. */
  record Dominance(NormalFormGame game, DominanceEliminator.Result result) implements Solution {

    public Dominance {
      Objects.requireNonNull(game, "game");
      Objects.requireNonNull(result, "result");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dominance(this);
    }
  }

  /** The equilibria of a game tree, one result per method, in the catalog's order. */
  record Tree(ExtensiveGame game, List<TreeSolver.Result> results) implements Solution {

    public Tree {
      Objects.requireNonNull(game, "game");
      results = ImmutableList.copyOf(results);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tree(this);
    }
  }

  /**
   * Correlated equilibria of a normal-form game ({@code --method correlated}): either the optima of
   * the linear programs, or the check of a given distribution ({@code --check}); exactly one is
   * present.
   */
  record Correlated(
      NormalFormGame game, Optional<CorrelatedOptima> optima, Optional<IncentiveCheck> check)
      implements Solution {

    public Correlated {
      Objects.requireNonNull(game, "game");
      if (optima.isPresent() == check.isPresent()) {
        throw new IllegalArgumentException("exactly one of optima and check must be present");
      }
    }

    public static Correlated optimised(NormalFormGame game, CorrelatedOptima optima) {
      return new Correlated(game, Optional.of(optima), Optional.empty());
    }

    public static Correlated checked(NormalFormGame game, IncentiveCheck check) {
      return new Correlated(game, Optional.empty(), Optional.of(check));
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.correlated(this);
    }
  }
}
