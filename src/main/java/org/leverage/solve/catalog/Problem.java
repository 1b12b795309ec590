package org.leverage.solve.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Doubles;
import java.util.List;
import java.util.Objects;
import org.leverage.game.NormalFormGame;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.solve.dynamic.Timing;

/**
 * A game to solve, of any kind, with what its file says about how to solve it. Code that handles
 * every kind goes through {@link #accept}, so the compiler checks that no kind is forgotten.
 */
public sealed interface Problem {

  GameKind kind();

  <R> R accept(Visitor<R> visitor);

  /** One method per kind of game. */
  interface Visitor<R> {
    R normalForm(NormalForm problem);

    R tree(Tree problem);

    R repeated(Repeated problem);

    R dynamic(Dynamic problem);
  }

  record NormalForm(NormalFormGame game) implements Problem {
    public NormalForm {
      Objects.requireNonNull(game, "game");
    }

    @Override
    public GameKind kind() {
      return GameKind.NORMAL_FORM;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.normalForm(this);
    }
  }

  record Tree(ExtensiveGame game) implements Problem {
    public Tree {
      Objects.requireNonNull(game, "game");
    }

    @Override
    public GameKind kind() {
      return GameKind.TREE;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.tree(this);
    }
  }

  record Repeated(RepeatedGame game) implements Problem {
    public Repeated {
      Objects.requireNonNull(game, "game");
    }

    @Override
    public GameKind kind() {
      return GameKind.REPEATED;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.repeated(this);
    }
  }

  /**
   * A dynamic (stochastic) game and how to solve it.
   *
   * @param title the title, or empty
   * @param game the game, with its numbers as given (exact backward induction solves in them); for
   *     an infinite horizon its {@code horizon()} is unused
   * @param timing simultaneous, or leader-follower with player 1 leading
   * @param infinite whether the horizon is infinite (solved by value iteration)
   * @param tolerance value iteration's convergence tolerance (payoff units); positive
   * @param maxIterations value iteration's iteration limit; at least 1
   * @param initial the distribution of the state in period 0, one probability per state
   */
  record Dynamic(
      String title,
      TabularDynamicGame game,
      Timing timing,
      boolean infinite,
      double tolerance,
      int maxIterations,
      List<Double> initial)
      implements Problem {

    public Dynamic {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(game, "game");
      Objects.requireNonNull(timing, "timing");
      initial = ImmutableList.copyOf(initial);
      if (initial.size() != game.numStates()) {
        throw new IllegalArgumentException(
            "initial distribution has "
                + initial.size()
                + " entries; expected "
                + game.numStates());
      }
      if (!(tolerance > 0) || maxIterations < 1) {
        throw new IllegalArgumentException(
            "tolerance must be positive and maxIterations at least 1 but were "
                + tolerance
                + " and "
                + maxIterations);
      }
    }

    /** The initial distribution as an array (a copy). */
    public double[] initialDistribution() {
      return Doubles.toArray(initial);
    }

    @Override
    public GameKind kind() {
      return GameKind.DYNAMIC;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dynamic(this);
    }
  }
}
