package org.leverage.solve.dynamic;

import java.util.ArrayList;
import java.util.List;
import org.leverage.solve.dynamic.DynamicSolverOptions.StageSelection;

/**
 * The {@link StageSelection} rules over equilibria {@code 0 .. count-1} listed in canonical order,
 * for any number type: the caller says when one equilibrium's payoffs Pareto-dominate another's and
 * when two pay the same.
 */
final class EquilibriumSelection {

  private EquilibriumSelection() {}

  /** A relation between equilibria, by index. */
  @FunctionalInterface
  interface Relation {
    boolean holds(int f, int e);
  }

  /**
   * The selected equilibrium.
   *
   * @param dominates whether equilibrium {@code f}'s payoffs Pareto-dominate {@code e}'s
   */
  static int select(StageSelection rule, int count, Relation dominates) {
    if (rule == StageSelection.FIRST_UNDOMINATED) {
      for (int e = 0; e < count; e++) {
        if (isUndominated(e, count, dominates)) {
          return e;
        }
      }
    }
    return 0;
  }

  /**
   * The equilibria the rule could have taken instead of {@code selected}, {@code selected}
   * included, that pay both players the same as it; in increasing order. Under {@link
   * StageSelection#FIRST_UNDOMINATED} the candidates are the undominated equilibria (all, if none
   * is); under {@link StageSelection#FIRST}, all.
   *
   * @param samePayoffs whether equilibria {@code f} and {@code e} pay both players the same
   */
  static List<Integer> ties(
      StageSelection rule, int count, int selected, Relation dominates, Relation samePayoffs) {
    boolean anyUndominated = false;
    for (int e = 0; e < count && !anyUndominated; e++) {
      anyUndominated = isUndominated(e, count, dominates);
    }
    boolean filter = rule == StageSelection.FIRST_UNDOMINATED && anyUndominated;
    List<Integer> out = new ArrayList<>();
    for (int e = 0; e < count; e++) {
      if ((e == selected || samePayoffs.holds(e, selected))
          && (!filter || isUndominated(e, count, dominates))) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean isUndominated(int e, int count, Relation dominates) {
    for (int f = 0; f < count; f++) {
      if (f != e && dominates.holds(f, e)) {
        return false;
      }
    }
    return true;
  }
}
