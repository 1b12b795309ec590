package org.leverage.analysis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.game.repeated.StrategyAutomaton;
import org.leverage.solve.UsageException;
import org.leverage.solve.pure.PureEquilibriumSolver;
import org.leverage.solve.repeated.AbreuSannikov;
import org.leverage.solve.repeated.AutomatonPlay;
import org.leverage.solve.repeated.DeviationCheck;
import org.leverage.solve.repeated.DiscountThreshold;
import org.leverage.solve.repeated.FiniteRepetition;
import org.leverage.solve.repeated.Minmax;
import org.leverage.solve.repeated.PayoffPoint;
import org.leverage.solve.repeated.PayoffSets;
import org.leverage.solve.repeated.Sustainability;

/**
 * What {@code leverage repeated} found on one repeated game, all exact: minmax values, payoff sets,
 * the discount thresholds of a target profile, automata pairs, and the pure subgame-perfect
 * equilibria of a finite horizon. Built by {@link #of}, which runs the solvers of {@code
 * solve.repeated} (and finds the default punishment); rendered by {@code report.RepeatedRenderer}.
 *
 * @param source the file name
 * @param game the game analysed (after command-line overrides)
 * @param pureMinmax each player's pure minmax value
 * @param mixedMinmax each player's mixed minmax value
 * @param payoffSets the feasible set and its individually rational part (mixed minmax)
 * @param target the target section, if the file names a target
 * @param automata every pair (player 1's automaton, player 2's), in file order
 * @param finite the finite-horizon section, if the horizon is finite
 * @param pureSpePayoffs the set of pure subgame-perfect payoffs of the infinitely repeated game
 *     (Abreu-Sannikov, floating point), if the horizon is infinite
 */
public record RepeatedAnalysis(
    String source,
    RepeatedGame game,
    List<Minmax.Value> pureMinmax,
    List<Minmax.Value> mixedMinmax,
    PayoffSets.Result payoffSets,
    Optional<Target> target,
    List<AutomatonPair> automata,
    Optional<Finite> finite,
    Optional<AbreuSannikov.Result> pureSpePayoffs) {

  /** At most this many finite-horizon SPE payoffs get a path printed. */
  public static final int MAX_PATHS = 20;

  public RepeatedAnalysis {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(game, "game");
    pureMinmax = ImmutableList.copyOf(pureMinmax);
    mixedMinmax = ImmutableList.copyOf(mixedMinmax);
    Objects.requireNonNull(payoffSets, "payoffSets");
    automata = ImmutableList.copyOf(automata);
    Objects.requireNonNull(finite, "finite");
    Objects.requireNonNull(pureSpePayoffs, "pureSpePayoffs");
  }

  /**
   * The target profile and its thresholds.
   *
   * @param profile the target, a strategy per player
   * @param payoffs the stage payoffs at the target
   * @param punishment the stage equilibrium grim trigger reverts to
   * @param grimTrigger the threshold with grim trigger to {@code punishment}
   * @param minmaxMixed the threshold with mixed minmax punishment (the lowest possible)
   * @param minmaxPure the threshold with pure minmax punishment
   */
  public record Target(
      List<Integer> profile,
      PayoffPoint payoffs,
      List<Integer> punishment,
      DiscountThreshold grimTrigger,
      DiscountThreshold minmaxMixed,
      DiscountThreshold minmaxPure) {
    public Target {
      profile = ImmutableList.copyOf(profile);
      punishment = ImmutableList.copyOf(punishment);
    }
  }

  /** A pair of automata: exact normalised payoffs and the one-shot-deviation check. */
  public record AutomatonPair(
      StrategyAutomaton first,
      StrategyAutomaton second,
      List<BigFraction> payoffs,
      DeviationCheck check) {
    public AutomatonPair {
      payoffs = ImmutableList.copyOf(payoffs);
    }
  }

  /**
   * The pure SPE of the finite game from period 0.
   *
   * @param horizon the number of periods
   * @param payoffs every pure SPE payoff vector (unnormalised discounted sums), lexicographic
   * @param paths one path (a profile per period) for each of the first {@link #MAX_PATHS} payoffs
   */
  public record Finite(int horizon, List<PayoffPoint> payoffs, List<List<List<Integer>>> paths) {
    public Finite {
      payoffs = ImmutableList.copyOf(payoffs);
      paths = ImmutableList.copyOf(paths);
    }
  }

  /** Whether {@code threshold} sustains the target at the game's discount factor. */
  public boolean sustained(DiscountThreshold threshold) {
    return threshold.sustainable() && game.discount().compareTo(threshold.discount()) >= 0;
  }

  /**
   * Runs every analysis the inputs ask for.
   *
   * @param target a strategy per player, if any
   * @param punishment a pure stage Nash equilibrium for grim trigger; by default the unique pure
   *     stage equilibrium
   * @param automata automata of both players; every pair (player 1's, player 2's) is played
   * @throws UsageException when a target is given without a punishment and the stage game has no
   *     pure equilibrium, or several
   */
  public static RepeatedAnalysis of(
      String source,
      RepeatedGame game,
      Optional<List<Integer>> target,
      Optional<List<Integer>> punishment,
      List<StrategyAutomaton> automata) {
    NormalFormGame stage = game.stage();
    List<Minmax.Value> pure = List.of(Minmax.pure(stage, 0), Minmax.pure(stage, 1));
    List<Minmax.Value> mixed = List.of(Minmax.mixed(stage, 0), Minmax.mixed(stage, 1));
    PayoffSets.Result sets = PayoffSets.of(stage, true);
    Optional<Target> t =
        target.map(
            p ->
                target(stage, p, punishment.orElseGet(() -> uniquePureEquilibrium(source, stage))));
    List<AutomatonPair> pairs = new ArrayList<>();
    for (StrategyAutomaton first : automata) {
      for (StrategyAutomaton second : automata) {
        if (first.player() == 0 && second.player() == 1) {
          pairs.add(
              new AutomatonPair(
                  first,
                  second,
                  AutomatonPlay.payoffs(stage, first, second, game.discount()),
                  AutomatonPlay.checkSubgamePerfect(stage, first, second, game.discount())));
        }
      }
    }
    Optional<Finite> finite = Optional.empty();
    if (game.horizon().isPresent()) {
      FiniteRepetition.Result r =
          FiniteRepetition.solve(stage, game.horizon().getAsInt(), game.discount());
      List<PayoffPoint> points = r.payoffs(0);
      List<List<List<Integer>>> paths = new ArrayList<>();
      for (PayoffPoint p : points.subList(0, Math.min(points.size(), MAX_PATHS))) {
        List<List<Integer>> path = new ArrayList<>();
        for (int[] profile : r.path(p)) {
          path.add(List.of(profile[0], profile[1]));
        }
        paths.add(path);
      }
      finite = Optional.of(new Finite(r.horizon(), points, paths));
    }
    Optional<AbreuSannikov.Result> spe =
        game.horizon().isPresent()
            ? Optional.empty()
            : Optional.of(new AbreuSannikov().solve(stage, game.discount()));
    return new RepeatedAnalysis(source, game, pure, mixed, sets, t, pairs, finite, spe);
  }

  /** The default punishment of grim trigger: the stage game's one pure equilibrium. */
  private static List<Integer> uniquePureEquilibrium(String source, NormalFormGame stage) {
    List<MixedProfile> equilibria = new PureEquilibriumSolver().solve(stage).equilibria();
    if (equilibria.size() != 1) {
      throw new UsageException(
          source
              + ": target: grim trigger reverts to a pure stage equilibrium, and the stage game has "
              + (equilibria.isEmpty()
                  ? "none; remove target (minmax values and automata are analysed without it)"
                  : equilibria.size()
                      + " pure equilibria; name one with punishment: [strategy of "
                      + stage.players().get(0).name()
                      + ", strategy of "
                      + stage.players().get(1).name()
                      + "]"));
    }
    List<Integer> profile = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      for (int s = 0; s < stage.numStrategies(p); s++) {
        if (equilibria.get(0).probability(p, s).equals(BigFraction.ONE)) {
          profile.add(s);
        }
      }
    }
    return profile;
  }

  private static Target target(NormalFormGame stage, List<Integer> profile, List<Integer> punish) {
    int[] p = profile.stream().mapToInt(Integer::intValue).toArray();
    int[] q = punish.stream().mapToInt(Integer::intValue).toArray();
    int cell = stage.cellIndex(p);
    return new Target(
        profile,
        new PayoffPoint(stage.payoff(0, cell), stage.payoff(1, cell)),
        punish,
        Sustainability.grimTrigger(stage, p, MixedProfile.pure(stage, q)),
        Sustainability.minmaxPunishment(stage, p, true),
        Sustainability.minmaxPunishment(stage, p, false));
  }
}
