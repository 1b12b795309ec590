package org.leverage.solve.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.ForwardingWatch;
import org.leverage.solve.Watch;

/**
 * Keeps the equilibria one method has reported, so that what it found is kept when its time runs
 * out, and passes each to the watch beside it once: a solver that reaches an equilibrium on several
 * paths reports it several times.
 */
final class FoundSoFar extends ForwardingWatch {

  private final Set<MixedProfile> exact = new LinkedHashSet<>();
  private final List<ApproximateSolver.Equilibrium> approximate = new ArrayList<>();

  FoundSoFar(Watch next) {
    super(next);
  }

  @Override
  public synchronized void found(MixedProfile equilibrium) {
    if (exact.add(equilibrium)) {
      super.found(equilibrium);
    }
  }

  @Override
  public synchronized void foundApproximately(ApproximateSolver.Equilibrium equilibrium) {
    approximate.add(equilibrium);
    super.foundApproximately(equilibrium);
  }

  /** The exact equilibria reported so far, as the result of {@code method}. */
  synchronized EquilibriumSolver.Result exactResult(String method) {
    return new EquilibriumSolver.Result(method, true, List.copyOf(exact), Map.of());
  }

  /** The equilibria reported so far, as the incomplete result of {@code solver}. */
  synchronized ApproximateSolver.Result approximateResult(
      String method, ApproximateSolver solver, NormalFormGame game) {
    return new ApproximateSolver.Result(
        method, List.copyOf(approximate), solver.tolerance(game), false, Map.of());
  }
}
