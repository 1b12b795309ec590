package org.leverage.game;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The strategies kept for each player when a game is restricted, as indices into the original
 * game's strategy lists in increasing order. Restricting a game keeps the players' names, the kept
 * strategies' labels, their exact payoffs, the title and the comment; an outcome table is not
 * carried over (the restricted game is defined by payoffs).
 *
 * @param kept per player, the kept strategy indices of the original game, strictly increasing and
 *     non-empty
 */
public record StrategySubset(List<List<Integer>> kept) {

  public StrategySubset {
    ImmutableList.Builder<List<Integer>> copy = ImmutableList.builder();
    for (int p = 0; p < kept.size(); p++) {
      List<Integer> s = ImmutableList.copyOf(kept.get(p));
      if (s.isEmpty()) {
        throw new IllegalArgumentException(
            "player " + (p + 1) + " must keep at least one strategy");
      }
      for (int i = 0; i < s.size(); i++) {
        if (s.get(i) < 0 || (i > 0 && s.get(i) <= s.get(i - 1))) {
          throw new IllegalArgumentException(
              "kept strategies of player "
                  + (p + 1)
                  + " must be non-negative and strictly increasing but were "
                  + s);
        }
      }
      copy.add(s);
    }
    kept = copy.build();
    if (kept.isEmpty()) {
      throw new IllegalArgumentException("a strategy subset needs at least one player");
    }
  }

  /** Every strategy of every player of {@code game}. */
  public static StrategySubset all(NormalFormGame game) {
    ImmutableList.Builder<List<Integer>> b = ImmutableList.builder();
    for (int p = 0; p < game.numPlayers(); p++) {
      b.add(IntStream.range(0, game.numStrategies(p)).boxed().toList());
    }
    return new StrategySubset(b.build());
  }

  public int numPlayers() {
    return kept.size();
  }

  /** The kept strategies of {@code player}, as indices of the original game. */
  public List<Integer> kept(int player) {
    return kept.get(player);
  }

  /** The number of strategies {@code player} keeps. */
  public int numKept(int player) {
    return kept.get(player).size();
  }

  /** Whether this subset names players and strategies that {@code game} has. */
  public boolean fits(NormalFormGame game) {
    if (kept.size() != game.numPlayers()) {
      return false;
    }
    for (int p = 0; p < kept.size(); p++) {
      List<Integer> s = kept.get(p);
      if (s.get(s.size() - 1) >= game.numStrategies(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The game where each player has only its kept strategies, in the original order. Payoffs are the
   * original exact values (shared, not recomputed). Costs one pass over the restricted game's
   * cells.
   *
   * @throws IllegalArgumentException if this subset does not {@linkplain #fits fit} {@code game}
   */
  public NormalFormGame restrict(NormalFormGame game) {
    requireFit(game);
    int n = kept.size();
    ImmutableList.Builder<Player> players = ImmutableList.builder();
    for (int p = 0; p < n; p++) {
      Player original = game.players().get(p);
      players.add(
          new Player(
              original.name(), kept.get(p).stream().map(original.strategies()::get).toList()));
    }
    List<Player> restrictedPlayers = players.build();
    int cells = NormalFormGame.checkedCellCount(restrictedPlayers);
    BigFraction[][] byCell = new BigFraction[cells][];
    // Odometer over the restricted profile, player 1 fastest as in the cell order, tracking
    // the matching cell of the original game incrementally.
    int[] position = new int[n];
    int originalCell = 0;
    for (int p = 0; p < n; p++) {
      originalCell += kept.get(p).get(0) * game.stride(p);
    }
    for (int c = 0; c < cells; c++) {
      BigFraction[] payoffs = new BigFraction[n];
      for (int p = 0; p < n; p++) {
        payoffs[p] = game.payoff(p, originalCell);
      }
      byCell[c] = payoffs;
      for (int p = 0; p < n; p++) {
        List<Integer> s = kept.get(p);
        originalCell -= s.get(position[p]) * game.stride(p);
        position[p] = position[p] + 1 == s.size() ? 0 : position[p] + 1;
        originalCell += s.get(position[p]) * game.stride(p);
        if (position[p] != 0) {
          break;
        }
      }
    }
    return NormalFormGame.ofPayoffs(game.title(), game.comment(), restrictedPlayers, byCell);
  }

  /**
   * The profile of {@code game} that plays like {@code restricted}, a profile of the {@linkplain
   * #restrict restricted} game, and gives probability zero to every dropped strategy.
   */
  public MixedProfile expand(NormalFormGame game, MixedProfile restricted) {
    requireFit(game);
    if (restricted.numPlayers() != kept.size()) {
      throw new IllegalArgumentException(
          "profile has " + restricted.numPlayers() + " players; expected " + kept.size());
    }
    ImmutableList.Builder<List<BigFraction>> b = ImmutableList.builder();
    for (int p = 0; p < kept.size(); p++) {
      List<Integer> s = kept.get(p);
      if (restricted.strategies().get(p).size() != s.size()) {
        throw new IllegalArgumentException(
            "profile gives player "
                + (p + 1)
                + " "
                + restricted.strategies().get(p).size()
                + " probabilities; expected "
                + s.size()
                + " (one per kept strategy)");
      }
      BigFraction[] probs = new BigFraction[game.numStrategies(p)];
      Arrays.fill(probs, BigFraction.ZERO);
      for (int i = 0; i < s.size(); i++) {
        probs[s.get(i)] = restricted.probability(p, i);
      }
      b.add(List.of(probs));
    }
    return new MixedProfile(b.build());
  }

  private void requireFit(NormalFormGame game) {
    if (!fits(game)) {
      throw new IllegalArgumentException("strategy subset " + kept + " does not fit game " + game);
    }
  }
}
