package org.leverage.io;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.game.repeated.StrategyAutomaton;

/**
 * A repeated game as read from a file ({@link RepeatedGameReader}): the game, and what the file
 * asks to analyse. Immutable.
 *
 * @param game the stage game, discount and horizon
 * @param target the pure profile to sustain (one strategy index per player), if given
 * @param punishment the pure stage Nash equilibrium grim trigger reverts to, if the file names one
 *     (the analysis defaults it to the unique pure stage equilibrium, or to a mixed stage
 *     equilibrium when the stage game has no pure one)
 * @param automata the user-written automata, in file order (player 1's and player 2's mixed)
 */
public record RepeatedGameSpec(
    RepeatedGame game,
    Optional<List<Integer>> target,
    Optional<List<Integer>> punishment,
    List<StrategyAutomaton> automata) {

  public RepeatedGameSpec {
    Objects.requireNonNull(game, "game");
    target = target.map(ImmutableList::copyOf);
    punishment = punishment.map(ImmutableList::copyOf);
    automata = ImmutableList.copyOf(automata);
  }

  public NormalFormGame stage() {
    return game.stage();
  }

  /** The same file with another discount factor (command-line override). */
  public RepeatedGameSpec withDiscount(BigFraction discount) {
    return new RepeatedGameSpec(
        new RepeatedGame(game.stage(), discount, game.horizon()), target, punishment, automata);
  }

  /** The same file with another horizon; empty for infinite repetition. */
  public RepeatedGameSpec withHorizon(OptionalInt horizon) {
    return new RepeatedGameSpec(
        new RepeatedGame(game.stage(), game.discount(), horizon), target, punishment, automata);
  }

  /** The automata of {@code player} (0 or 1), in file order. */
  public List<StrategyAutomaton> automataOf(int player) {
    return automata.stream()
        .filter(a -> a.player() == player)
        .collect(ImmutableList.toImmutableList());
  }
}
