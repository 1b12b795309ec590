package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.leverage.game.MixedProfile;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.solve.EquilibriumSolver;

/**
 * Nash equilibria of any tree through its reduced strategic form: builds the {@link
 * ReducedNormalForm} (Gambit's order of reduced strategies), solves it with a normal-form {@link
 * EquilibriumSolver}, and converts each equilibrium to behaviour strategies (Kuhn). This is what
 * Gambit's {@code enumpure} and {@code enummixed} do on trees: the former prints the behaviour
 * profiles, the latter the mixed strategies of the reduced form.
 *
 * <p>Cost: building the reduced form (exponential in the number of information sets in the worst
 * case) plus the plugged solver's cost on it. Trees without perfect recall are refused, as Gambit
 * refuses them: Kuhn's conversion is not equivalent there.
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

  public ReducedFormSolver(EquilibriumSolver solver) {
    this.solver = Objects.requireNonNull(solver, "solver");
  }

  public Result solve(ExtensiveGame game) {
    game.requirePerfectRecall("solving through the reduced strategic form");
    ReducedNormalForm rnf = ReducedNormalForm.of(game);
    EquilibriumSolver.Result solved = solver.solve(rnf.game());
    ImmutableList.Builder<BehaviourProfile> behaviour = ImmutableList.builder();
    for (MixedProfile mp : solved.equilibria()) {
      behaviour.add(rnf.behaviour(mp));
    }
    return new Result(rnf, solved, behaviour.build());
  }
}
