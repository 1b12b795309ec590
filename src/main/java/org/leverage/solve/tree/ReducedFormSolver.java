package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.Watch;
import org.leverage.solve.pure.PureEquilibriumSolver;

/**
 * Nash equilibria of any tree through its reduced strategic form: builds the {@link
 * ReducedNormalForm} (Gambit's order of reduced strategies), solves it with a normal-form {@link
 * EquilibriumSolver}, and converts each equilibrium to behaviour strategies (Kuhn). This is what
 * Gambit's {@code enumpure} and {@code enummixed} do on trees: the former prints the behaviour
 * profiles, the latter the mixed strategies of the reduced form.
 *
 * <p>Cost: building the reduced form (exponential in the number of information sets in the worst
 * case) plus the plugged solver's cost on it.
 *
 * <p>Trees without perfect recall (absent-minded drivers, forgotten moves): {@link
 * #pureEquilibria()} solves them, the others refuse them. A pure strategy names one action per
 * information set, and at a set met twice on a path (absent-mindedness) it takes that action each
 * time; so the strategic form is well defined without perfect recall, and a pure profile is the
 * same object as a strategy and as a behaviour profile. Its pure Nash equilibria are those of any
 * strategic form; Gambit 16.7's {@code enumpure} refuses these trees all the same. Mixed methods
 * stay refused: without perfect recall a mixed strategy and a behaviour strategy are not equivalent
 * (Kuhn's theorem needs perfect recall), so there is no single answer to print.
 */
public final class ReducedFormSolver {

  /**
   * @param reducedForm the reduced strategic form that was solved
   * @param solved the plugged solver's result on it (mixed strategies in Gambit's order)
   * @param behaviour each equilibrium of {@code solved} as a behaviour profile, same order
   */
  public record Result(
      ReducedNormalForm reducedForm,
      EquilibriumSolver.Result solved,
      List<BehaviourProfile> behaviour) {
    public Result {
      Objects.requireNonNull(reducedForm, "reducedForm");
      Objects.requireNonNull(solved, "solved");
      behaviour = ImmutableList.copyOf(behaviour);
    }
  }

  private final EquilibriumSolver solver;
  private final boolean pureOnly;

  /** Solves the reduced form with {@code solver}; trees without perfect recall are refused. */
  public ReducedFormSolver(EquilibriumSolver solver) {
    this(solver, false);
  }

  private ReducedFormSolver(EquilibriumSolver solver, boolean pureOnly) {
    this.solver = Objects.requireNonNull(solver, "solver");
    this.pureOnly = pureOnly;
  }

  /**
   * Every pure Nash equilibrium ({@link PureEquilibriumSolver}), of any tree, with or without
   * perfect recall.
   */
  public static ReducedFormSolver pureEquilibria() {
    return new ReducedFormSolver(new PureEquilibriumSolver(), true);
  }

  public Result solve(ExtensiveGame game) {
    return solve(game, Watch.NONE);
  }

  /** As {@link #solve(ExtensiveGame)}, the reduced form solved under {@code watch}. */
  public Result solve(ExtensiveGame game, Watch watch) {
    if (!pureOnly) {
      game.requirePerfectRecall("solving through the reduced strategic form");
    }
    ReducedNormalForm rnf = ReducedNormalForm.of(game);
    EquilibriumSolver.Result solved = solver.solve(rnf.game(), watch);
    ImmutableList.Builder<BehaviourProfile> behaviour = ImmutableList.builder();
    for (MixedProfile mp : solved.equilibria()) {
      if (pureOnly && !isPure(mp)) {
        throw new IllegalStateException(solved.method() + " returned a mixed profile: a bug");
      }
      behaviour.add(rnf.behaviour(mp));
    }
    return new Result(rnf, solved, behaviour.build());
  }

  private static boolean isPure(MixedProfile mp) {
    return mp.flatten().stream()
        .allMatch(x -> x.equals(BigFraction.ZERO) || x.equals(BigFraction.ONE));
  }
}
