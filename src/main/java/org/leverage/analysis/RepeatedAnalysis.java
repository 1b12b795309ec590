package org.leverage.analysis;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.game.repeated.StrategyAutomaton;
import org.leverage.solve.UsageException;
import org.leverage.solve.bimatrix.EnumMixedSolver;
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
 * solve.repeated} (and finds the default punishment, pure or mixed); rendered by {@code
 * report.RepeatedRenderer}.
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

  /** At most this many finite-horizon SPE payoffs get a path, the first in display order. */
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
   * @param reversion the stage Nash equilibrium grim trigger reverts to
   * @param grimTrigger the threshold with grim trigger to {@code reversion}
   * @param minmaxMixed the threshold with mixed minmax punishment (the lowest possible)
   * @param minmaxPure the threshold with pure minmax punishment
   */
  public record Target(
      List<Integer> profile,
      PayoffPoint payoffs,
      Reversion reversion,
      DiscountThreshold grimTrigger,
      DiscountThreshold minmaxMixed,
      DiscountThreshold minmaxPure) {
    public Target {
      profile = ImmutableList.copyOf(profile);
      Objects.requireNonNull(reversion, "reversion");
    }
  }

  /**
   * The stage Nash equilibrium grim trigger reverts to after a deviation. Playing a stage
   * equilibrium forever, whatever happened, is subgame perfect, whether it is pure or mixed; a
   * mixed one serves when the stage game has no pure equilibrium.
   *
   * @param equilibrium the stage equilibrium
   * @param pure whether it is a pure equilibrium (given in the file or the unique pure one); when
   *     false the stage game has no pure equilibrium
   * @param candidates how many stage equilibria were compared: 1 for a pure one; for a mixed one
   *     the number of extreme stage equilibria (enummixed), of which the one with the lowest
   *     grim-trigger threshold was taken
   */
  public record Reversion(MixedProfile equilibrium, boolean pure, int candidates) {
    public Reversion {
      Objects.requireNonNull(equilibrium, "equilibrium");
      if (candidates < 1) {
        throw new IllegalArgumentException("candidates must be at least 1 but was " + candidates);
      }
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
   * @param payoffs every pure SPE payoff vector (unnormalised discounted sums) in {@link
   *     #DISPLAY_ORDER}: the Pareto-efficient ones first
   */
  public record Finite(int horizon, List<SpePayoff> payoffs) {
    public Finite {
      payoffs = ImmutableList.copyOf(payoffs);
    }

    /** How many payoff vectors are Pareto-efficient among the SPE payoffs. */
    public long paretoEfficient() {
      return payoffs.stream().filter(SpePayoff::paretoEfficient).count();
    }

    /** How many payoff vectors have no path shown (all but the first {@link #MAX_PATHS}). */
    public long pathsNotShown() {
      return payoffs.stream().filter(p -> p.path().isEmpty()).count();
    }
  }

  /**
   * One pure SPE payoff vector of a finite horizon.
   *
   * @param payoffs the unnormalised discounted sums
   * @param paretoEfficient whether no other SPE payoff vector is at least as good for both players
   *     and better for one
   * @param path one equilibrium path attaining it (a profile per period), for the first {@link
   *     #MAX_PATHS} in display order
   */
  public record SpePayoff(
      PayoffPoint payoffs, boolean paretoEfficient, Optional<List<List<Integer>>> path) {
    public SpePayoff {
      Objects.requireNonNull(payoffs, "payoffs");
      path = path.map(p -> p.stream().map(ImmutableList::copyOf).collect(toImmutableList()));
    }
  }

  /**
   * The order of finite-horizon SPE payoffs: Pareto-efficient vectors first, then the others;
   * within each group by total payoff (larger first), then by player 1's payoff (larger first). So
   * the cooperative paths come first and the frontier is walked from the best total.
   */
  public static final String DISPLAY_ORDER =
      "Pareto-efficient first, then the others; each group by total payoff, larger first (ties: "
          + "player 1's payoff, larger first)";

  /** Whether {@code threshold} sustains the target at the game's discount factor. */
  public boolean sustained(DiscountThreshold threshold) {
    return threshold.sustainable() && game.discount().compareTo(threshold.discount()) >= 0;
  }

  /**
   * Runs every analysis the inputs ask for.
   *
   * @param target a strategy per player, if any
   * @param punishment a pure stage Nash equilibrium for grim trigger; by default the unique pure
   *     stage equilibrium, and with none a mixed stage equilibrium is used
   * @param automata automata of both players; every pair (player 1's, player 2's) is played
   * @throws UsageException when a target is given without a punishment and the stage game has
   *     several pure equilibria
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
        target.map(p -> target(stage, p, punishment.or(() -> defaultPunishment(source, stage))));
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
      finite = Optional.of(finite(r));
    }
    Optional<AbreuSannikov.Result> spe =
        game.horizon().isPresent()
            ? Optional.empty()
            : Optional.of(new AbreuSannikov().solve(stage, game.discount()));
    return new RepeatedAnalysis(source, game, pure, mixed, sets, t, pairs, finite, spe);
  }

  /** The SPE payoffs of period 0 in display order, each with its Pareto flag and first paths. */
  private static Finite finite(FiniteRepetition.Result r) {
    List<PayoffPoint> points = new ArrayList<>(r.payoffs(0));
    // Pareto-efficient: by u0 descending (u1 descending on ties), a point is efficient iff its
    // u1 exceeds every u1 seen before it (those have u0 at least as large).
    points.sort(Comparator.comparing(PayoffPoint::u0).thenComparing(PayoffPoint::u1).reversed());
    Set<PayoffPoint> efficient = new HashSet<>();
    BigFraction best = null;
    for (PayoffPoint p : points) {
      if (best == null || p.u1().compareTo(best) > 0) {
        efficient.add(p);
        best = p.u1();
      }
    }
    Comparator<PayoffPoint> byTotal =
        Comparator.comparing((PayoffPoint p) -> p.u0().add(p.u1())).thenComparing(PayoffPoint::u0);
    points.sort(
        Comparator.comparing((PayoffPoint p) -> !efficient.contains(p))
            .thenComparing(byTotal.reversed()));
    List<SpePayoff> out = new ArrayList<>();
    for (PayoffPoint p : points) {
      Optional<List<List<Integer>>> path = Optional.empty();
      if (out.size() < MAX_PATHS) {
        List<List<Integer>> profiles = new ArrayList<>();
        for (int[] profile : r.path(p)) {
          profiles.add(List.of(profile[0], profile[1]));
        }
        path = Optional.of(profiles);
      }
      out.add(new SpePayoff(p, efficient.contains(p), path));
    }
    return new Finite(r.horizon(), out);
  }

  /**
   * The default punishment of grim trigger: the stage game's one pure equilibrium; empty when it
   * has none (grim trigger then reverts to a mixed stage equilibrium).
   *
   * @throws UsageException when the stage game has several pure equilibria
   */
  private static Optional<List<Integer>> defaultPunishment(String source, NormalFormGame stage) {
    List<MixedProfile> equilibria = new PureEquilibriumSolver().solve(stage).equilibria();
    if (equilibria.isEmpty()) {
      return Optional.empty();
    }
    if (equilibria.size() > 1) {
      throw new UsageException(
          source
              + ": target: grim trigger needs a stage equilibrium to revert to, and the stage game"
              + " has "
              + equilibria.size()
              + " pure equilibria; name one with punishment: [strategy of "
              + stage.players().get(0).name()
              + ", strategy of "
              + stage.players().get(1).name()
              + "]");
    }
    List<Integer> profile = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      for (int s = 0; s < stage.numStrategies(p); s++) {
        if (equilibria.get(0).probability(p, s).equals(BigFraction.ONE)) {
          profile.add(s);
        }
      }
    }
    return Optional.of(profile);
  }

  /**
   * The target's thresholds. Grim trigger reverts to {@code punishment} when given; otherwise the
   * stage game has no pure equilibrium, and it reverts to the extreme mixed stage equilibrium
   * (enummixed) with the lowest threshold (the first in canonical order on ties).
   */
  private static Target target(
      NormalFormGame stage, List<Integer> profile, Optional<List<Integer>> punishment) {
    int[] p = profile.stream().mapToInt(Integer::intValue).toArray();
    int cell = stage.cellIndex(p);
    Reversion reversion;
    DiscountThreshold grim;
    if (punishment.isPresent()) {
      int[] q = punishment.get().stream().mapToInt(Integer::intValue).toArray();
      reversion = new Reversion(MixedProfile.pure(stage, q), true, 1);
      grim = Sustainability.grimTrigger(stage, p, reversion.equilibrium());
    } else {
      List<MixedProfile> equilibria = new EnumMixedSolver().solve(stage).equilibria();
      MixedProfile chosen = null;
      grim = null;
      for (MixedProfile e : equilibria) {
        DiscountThreshold d = Sustainability.grimTrigger(stage, p, e);
        if (grim == null || d.discount().compareTo(grim.discount()) < 0) {
          chosen = e;
          grim = d;
        }
      }
      if (chosen == null) {
        throw new IllegalStateException("enummixed found no equilibrium of the stage game: a bug");
      }
      reversion = new Reversion(chosen, false, equilibria.size());
    }
    return new Target(
        profile,
        new PayoffPoint(stage.payoff(0, cell), stage.payoff(1, cell)),
        reversion,
        grim,
        Sustainability.minmaxPunishment(stage, p, true),
        Sustainability.minmaxPunishment(stage, p, false));
  }
}
