package org.leverage.game.repeated;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.leverage.game.NormalFormGame;

/**
 * A finite automaton (Moore machine) playing one side of a repeated two-player game: in automaton
 * state {@code q} it plays {@code actions[q]}; after the stage profile with cell index {@code c}
 * (the stage game's cell numbering: player 0's action varies fastest, {@code c = a0 + a1 * m}) it
 * moves to {@code next[q][c]}. It starts in state 0. Immutable.
 *
 * @param name a label for reports
 * @param player which side it plays, 0 or 1
 * @param stateLabels a label per automaton state
 * @param actions the action played in each state
 * @param next the successor of each state after each stage cell
 */
public record StrategyAutomaton(
    String name, int player, List<String> stateLabels, int[] actions, int[][] next) {

  public StrategyAutomaton {
    Objects.requireNonNull(name, "name");
    stateLabels = ImmutableList.copyOf(stateLabels);
    actions = actions.clone();
    next = Arrays.stream(next).map(int[]::clone).toArray(int[][]::new);
    if (player != 0 && player != 1) {
      throw new IllegalArgumentException("player must be 0 or 1 but was " + player);
    }
    int n = actions.length;
    if (n == 0 || stateLabels.size() != n || next.length != n) {
      throw new IllegalArgumentException(
          "automaton \""
              + name
              + "\" needs at least one state and one label, action and transition row per"
              + " state, but has "
              + stateLabels.size()
              + " labels, "
              + n
              + " actions and "
              + next.length
              + " transition rows");
    }
    for (int q = 0; q < n; q++) {
      for (int target : next[q]) {
        if (target < 0 || target >= n) {
          throw new IllegalArgumentException(
              "automaton \""
                  + name
                  + "\" state "
                  + stateLabels.get(q)
                  + " moves to unknown state "
                  + target);
        }
      }
    }
  }

  /** Checks that this automaton fits {@code game}: actions in range, a row per stage cell. */
  public void checkFits(NormalFormGame game) {
    for (int q = 0; q < actions.length; q++) {
      if (actions[q] < 0 || actions[q] >= game.numStrategies(player)) {
        throw new IllegalArgumentException(
            "automaton \""
                + name
                + "\" plays action "
                + actions[q]
                + " in state "
                + stateLabels.get(q)
                + " but player "
                + (player + 1)
                + " has "
                + game.numStrategies(player)
                + " actions");
      }
      if (next[q].length != game.numCells()) {
        throw new IllegalArgumentException(
            "automaton \""
                + name
                + "\" state "
                + stateLabels.get(q)
                + " has "
                + next[q].length
                + " transitions; expected "
                + game.numCells()
                + " (one per stage profile)");
      }
    }
  }

  /** A copy of the action per state. */
  @Override
  public int[] actions() {
    return actions.clone();
  }

  /** A copy of the transition table. */
  @Override
  public int[][] next() {
    return Arrays.stream(next).map(int[]::clone).toArray(int[][]::new);
  }

  public int numStates() {
    return actions.length;
  }

  /** The action played in state {@code q}. */
  public int action(int q) {
    return actions[q];
  }

  /** The state after stage cell {@code cell} in state {@code q}. */
  public int next(int q, int cell) {
    return next[q][cell];
  }

  /** Always plays {@code action}. */
  public static StrategyAutomaton always(NormalFormGame game, int player, int action) {
    int[][] next = {new int[game.numCells()]};
    StrategyAutomaton a =
        new StrategyAutomaton(
            "always " + game.players().get(player).strategies().get(action),
            player,
            List.of("only"),
            new int[] {action},
            next);
    a.checkFits(game);
    return a;
  }

  /**
   * Plays {@code cooperative[player]} as long as every past profile was {@code cooperative}, and
   * {@code punishment} forever after any deviation by either player.
   */
  public static StrategyAutomaton grimTrigger(
      NormalFormGame game, int player, int[] cooperative, int punishment) {
    int coop = game.cellIndex(cooperative);
    int[][] next = new int[2][game.numCells()];
    for (int c = 0; c < game.numCells(); c++) {
      next[0][c] = c == coop ? 0 : 1;
      next[1][c] = 1;
    }
    StrategyAutomaton a =
        new StrategyAutomaton(
            "grim trigger",
            player,
            List.of("cooperate", "punish"),
            new int[] {cooperative[player], punishment},
            next);
    a.checkFits(game);
    return a;
  }

  /**
   * Starts with {@code first}, then plays the action the opponent played in the previous period.
   * Both players must have the same number of actions (actions are matched by index).
   */
  public static StrategyAutomaton titForTat(NormalFormGame game, int player, int first) {
    int k = game.numStrategies(player);
    if (game.numStrategies(1 - player) != k) {
      throw new IllegalArgumentException(
          "tit-for-tat copies the opponent's action, so both players need the same number of"
              + " actions, but they have "
              + game.numStrategies(0)
              + " and "
              + game.numStrategies(1));
    }
    if (first < 0 || first >= k) {
      throw new IllegalArgumentException(
          "first action must be in [0, " + (k - 1) + "] but was " + first);
    }
    // State q plays action q; state 0 is the start, so states are shifted to put first there.
    int[] actions = new int[k];
    String[] labels = new String[k];
    for (int q = 0; q < k; q++) {
      actions[q] = (first + q) % k;
      labels[q] = "play " + game.players().get(player).strategies().get(actions[q]);
    }
    int[][] next = new int[k][game.numCells()];
    for (int q = 0; q < k; q++) {
      for (int c = 0; c < game.numCells(); c++) {
        int opponent = game.strategiesOfCell(c)[1 - player];
        next[q][c] = Math.floorMod(opponent - first, k);
      }
    }
    StrategyAutomaton a =
        new StrategyAutomaton("tit-for-tat", player, List.of(labels), actions, next);
    a.checkFits(game);
    return a;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StrategyAutomaton a
        && name.equals(a.name)
        && player == a.player
        && stateLabels.equals(a.stateLabels)
        && Arrays.equals(actions, a.actions)
        && Arrays.deepEquals(next, a.next);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, player, stateLabels, Arrays.hashCode(actions), Arrays.deepHashCode(next));
  }

  @Override
  public String toString() {
    return "StrategyAutomaton[\""
        + name
        + "\", player "
        + (player + 1)
        + ", "
        + actions.length
        + " states]";
  }
}
