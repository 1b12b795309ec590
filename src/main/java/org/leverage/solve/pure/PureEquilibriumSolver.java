package org.leverage.solve.pure;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.Watch;

/**
 * All pure-strategy Nash equilibria of an n-player normal-form game, exact.
 *
 * <p>Algorithm: a cell (pure profile) is an equilibrium when every player's strategy in it is a
 * best response to the others' strategies. For each player {@code p} the cells split into groups
 * that differ only in {@code p}'s strategy (cells {@code base + k * stride(p)}); the best-response
 * value of each group is computed once and every cell of the group that attains it stays marked.
 * Cells marked for every player are the equilibria. Gambit's {@code enumpure} instead tries every
 * deviation from every cell ({@code cells x sum of strategies} reads); here each payoff is read at
 * most once, and groups whose cells are all ruled out already by earlier players are skipped.
 *
 * <p>Exactness: best responses are found by {@link BestResponses}, which screens with the game's
 * {@code double} view and decides ties and near-ties in exact rationals.
 *
 * <p>Complexity: {@code O(players x cells)} payoff reads plus the exact comparisons of near-ties
 * and the construction of the equilibria. Degenerate games (ties everywhere, e.g. all payoffs
 * equal) are handled exactly; their number of equilibria can be as large as the number of cells,
 * which is why {@link Options#maxEquilibria()} bounds it.
 *
 * <p>Counters: {@code cellsChecked}, the number of payoff entries (player, cell) read; {@code
 * exactComparisons}, the number of exact rational comparisons made.
 */
public final class PureEquilibriumSolver implements EquilibriumSolver {

  /** The method's command-line name. */
  public static final String METHOD = "pure";

  /**
   * Options.
   *
   * @param maxEquilibria the most equilibria to return; a game with more throws {@link
   *     EquilibriumLimitException} instead of exhausting memory
   */
  public record Options(int maxEquilibria) {

    /** At most 100,000 equilibria. */
    public static final Options DEFAULT = new Options(100_000);

    public Options {
      if (maxEquilibria < 1) {
        throw new IllegalArgumentException(
            "maxEquilibria must be at least 1 but was " + maxEquilibria);
      }
    }
  }

  private final Options options;

  public PureEquilibriumSolver() {
    this(Options.DEFAULT);
  }

  public PureEquilibriumSolver(Options options) {
    this.options = options;
  }

  public Options options() {
    return options;
  }

  /**
   * Finds every pure-strategy Nash equilibrium. Tells {@code watch} of each player's pass over the
   * cells and of each equilibrium as it is found.
   *
   * @return the equilibria as {@link MixedProfile#pure pure profiles} in canonical order; always
   *     exact
   * @throws EquilibriumLimitException if the game has more than {@link Options#maxEquilibria()}
   *     pure equilibria
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    boolean[] stable = new boolean[game.numCells()];
    Arrays.fill(stable, true);
    long cellsChecked = 0;
    long exactComparisons = 0;
    for (int p = 0; p < game.numPlayers(); p++) {
      watch.checkpoint();
      BestResponses.Work work = BestResponses.retain(game, p, stable);
      cellsChecked += work.payoffsRead();
      exactComparisons += work.exactComparisons();
      watch.progress(p + 1, game.numPlayers());
    }
    List<int[]> profiles = new ArrayList<>();
    for (int c = 0; c < stable.length; c++) {
      if (stable[c]) {
        if (profiles.size() == options.maxEquilibria()) {
          throw new EquilibriumLimitException(
              "game " + game + " has more than " + options.maxEquilibria() + " pure equilibria",
              "raise it with --max-equilibria N, or eliminate dominated strategies first (--method"
                  + " dominance)");
        }
        profiles.add(game.strategiesOfCell(c));
        watch.found(MixedProfile.pure(game, game.strategiesOfCell(c)));
      }
    }
    // Lexicographic by player 1's strategy first is the canonical order of pure profiles, so
    // the result's own sort has nothing left to do.
    profiles.sort(Arrays::compare);
    ImmutableList.Builder<MixedProfile> equilibria = ImmutableList.builder();
    for (int[] s : profiles) {
      equilibria.add(MixedProfile.pure(game, s));
    }
    return new Result(
        METHOD,
        true,
        equilibria.build(),
        ImmutableMap.of("cellsChecked", cellsChecked, "exactComparisons", exactComparisons));
  }
}
