package org.leverage.solve.nplayer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.DecimalProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.solve.ApproximateSolver;
import org.leverage.solve.SupportLimitException;
import org.leverage.solve.Watch;

/**
 * Every isolated Nash equilibrium of a normal-form game of any number of players, in floating
 * point, by support enumeration and polynomial root finding, as Gambit's {@code enumpoly}.
 *
 * <p>Algorithm (McKelvey and McLennan, "Computation of equilibria in finite games", Handbook of
 * Computational Economics 1, 1996, section 6; Datta, "Finding all Nash equilibria of a finite game
 * using polynomial algebra", Economic Theory 42, 2010; Turocy's {@code enumpoly} in Gambit): for
 * every support profile (one non-empty set of strategies per player), smallest first, that no
 * strategy of a support is strictly dominated on (Gambit's pruning, {@link
 * SupportProfiles#conditionallyDominated}), solve the {@link SupportSystem}: each player is
 * indifferent among its support strategies, its probabilities sum to one, and are zero off the
 * support. A solution with every support probability non-negative (to {@link #POSITIVITY}) whose
 * regret, which also covers the strategies off the supports, is at most the tolerance is an
 * equilibrium.
 *
 * <ul>
 *   <li>When at most two players mix the system is linear: it is solved exactly in rationals and
 *       the solution rounded once to double (a two-player game's supports are all of this kind).
 *   <li>Otherwise its equations are multilinear of degree up to {@code players - 1}: every real
 *       solution in the simplex is isolated by {@link RootIsolation} (interval subdivision with the
 *       Krawczyk test) and polished by Newton's method to a few ulps. Subdivision rather than
 *       homotopy continuation (Sommese and Wampler, The Numerical Solution of Systems of
 *       Polynomials, 2005) because only the real solutions in a box are wanted, which subdivision
 *       finds without following the complex paths of every other root.
 * </ul>
 *
 * <p>Equilibria found on several supports (a solution on the boundary of a larger support) or twice
 * within one are reported once: solutions within {@link #MERGE_DISTANCE} of one already found
 * (largest difference of a probability) are merged into it, the first found (smallest support)
 * kept.
 *
 * <p>Degenerate games: where a support's solutions are not isolated (a continuum of equilibria, or
 * a solution of multiplicity above one), a linear system that is singular but consistent yields no
 * point, and a polynomial system yields the points its subdivision met before it saw the singular
 * Jacobian (one, in practice), checked as every other; the search of that support then stops. The
 * result is then marked not complete and counter {@code nonIsolatedSupports} says how many supports
 * were affected. Equilibria of such a continuum that are isolated on a smaller support (typically
 * its end points) are still found. Gambit's {@code enumpoly} reports some points of a continuum
 * too, and may not end.
 *
 * <p>Complexity: the number of support profiles is {@code prod (2^m_p - 1)}, checked against {@link
 * Options#maxSupports()} before anything is enumerated; each linear system costs {@code O(u^3)}
 * rational operations for {@code u} unknowns, each polynomial one up to {@link
 * RootIsolation#MAX_BOXES} boxes of {@code O(u * prod k_p)} work each, and {@link
 * Options#maxUnknowns()} bounds {@code u}. Past {@code MAX_BOXES} a support is left unfinished and
 * counted in {@code exhaustedSupports}, and the result is not complete.
 *
 * <p>Counters: {@code supportProfiles}, {@code prunedByDominance}, {@code linearSystems}, {@code
 * polynomialSystems}, {@code boxes}, {@code nonIsolatedSupports}, {@code exhaustedSupports}.
 */
public final class EnumPolySolver implements ApproximateSolver {

  /** The method's command-line name. */
  public static final String METHOD = "enumpoly";

  /** Solutions whose probabilities all differ by less than this are one equilibrium. */
  public static final double MERGE_DISTANCE = 1e-7;

  /** How negative a support probability may come out of rounding and still count as zero. */
  public static final double POSITIVITY = 1e-9;

  /** The regret accepted, per unit of the largest absolute payoff (at least one). */
  public static final double RELATIVE_TOLERANCE = 1e-8;

  /**
   * Limits, checked before enumerating.
   *
   * @param maxSupports the most support profiles ({@code prod (2^m_p - 1)}); at least 1
   * @param maxUnknowns the most unknowns of a polynomial system ({@code sum (m_p - 1)} for three or
   *     more players; linear systems are not limited); at least 1
   */
  public record Options(long maxSupports, int maxUnknowns) {

    /** 100,000 support profiles; polynomial systems of 12 unknowns. */
    public static final Options DEFAULT = new Options(100_000, 9);

    public Options {
      if (maxSupports < 1 || maxUnknowns < 1) {
        throw new IllegalArgumentException(
            "maxSupports and maxUnknowns must be at least 1 but were "
                + maxSupports
                + " and "
                + maxUnknowns);
      }
    }
  }

  private final Options options;

  public EnumPolySolver() {
    this(Options.DEFAULT);
  }

  public EnumPolySolver(Options options) {
    this.options = options;
  }

  @Override
  public double tolerance(NormalFormGame game) {
    return RELATIVE_TOLERANCE * payoffScale(game);
  }

  /**
   * Tells {@code watch} of each support profile done and each equilibrium as it is accepted.
   *
   * @throws SupportLimitException if the game has more support profiles than {@link
   *     Options#maxSupports()} or, with three or more players, its full support system more
   *     unknowns than {@link Options#maxUnknowns()}
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    limitExceeded(game)
        .ifPresent(
            e -> {
              throw e;
            });
    double tolerance = tolerance(game);
    int[] strategies = new int[game.numPlayers()];
    for (int p = 0; p < strategies.length; p++) {
      strategies[p] = game.numStrategies(p);
    }
    Map<String, Long> counters = new TreeMap<>();
    for (String c :
        List.of(
            "supportProfiles",
            "prunedByDominance",
            "linearSystems",
            "polynomialSystems",
            "boxes",
            "nonIsolatedSupports",
            "exhaustedSupports")) {
      counters.put(c, 0L);
    }
    List<Equilibrium> found = new ArrayList<>();
    List<int[][]> supports = SupportProfiles.all(game);
    for (int[][] support : supports) {
      watch.checkpoint();
      long done = counters.merge("supportProfiles", 1L, Long::sum);
      watch.progress(done - 1, supports.size());
      if (SupportProfiles.conditionallyDominated(game, support)) {
        counters.merge("prunedByDominance", 1L, Long::sum);
        continue;
      }
      SupportSystem system = SupportSystem.of(game, support);
      List<double[]> solutions = new ArrayList<>();
      if (system.linear()) {
        counters.merge("linearSystems", 1L, Long::sum);
        SupportSystem.LinearSolution s = system.solveLinear();
        s.unique().ifPresent(x -> solutions.add(toDoubles(x)));
        if (s.nonIsolated()) {
          counters.merge("nonIsolatedSupports", 1L, Long::sum);
        }
      } else {
        counters.merge("polynomialSystems", 1L, Long::sum);
        RootIsolation.Outcome o = RootIsolation.solve(system);
        solutions.addAll(o.roots());
        counters.merge("boxes", o.boxes(), Long::sum);
        if (o.singular()) {
          counters.merge("nonIsolatedSupports", 1L, Long::sum);
        }
        if (o.exhausted()) {
          counters.merge("exhaustedSupports", 1L, Long::sum);
        }
      }
      for (double[] x : solutions) {
        if (system.inSimplex(x, POSITIVITY)) {
          accept(game, system.probabilities(x, strategies), tolerance, found, watch);
        }
      }
    }
    boolean complete =
        counters.get("nonIsolatedSupports") == 0 && counters.get("exhaustedSupports") == 0;
    return new Result(METHOD, found, tolerance, complete, counters);
  }

  private static void accept(
      NormalFormGame game,
      double[][] probabilities,
      double tolerance,
      List<Equilibrium> found,
      Watch watch) {
    DecimalProfile profile = DecimalProfile.normalised(probabilities);
    Equilibrium e = Equilibrium.of(game, profile);
    if (e.regret() > tolerance) {
      return;
    }
    double[] x = profile.flatten();
    for (Equilibrium other : found) {
      double[] y = other.profile().flatten();
      double distance = 0;
      for (int i = 0; i < x.length; i++) {
        distance = Math.max(distance, Math.abs(x[i] - y[i]));
      }
      if (distance < MERGE_DISTANCE) {
        return;
      }
    }
    found.add(e);
    watch.foundApproximately(e);
  }

  private static double[] toDoubles(BigFraction[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i].doubleValue();
    }
    return d;
  }

  /** The largest absolute payoff, at least one: the scale of regrets. */
  private static double payoffScale(NormalFormGame game) {
    double scale = 1;
    for (int p = 0; p < game.numPlayers(); p++) {
      for (int c = 0; c < game.numCells(); c++) {
        scale = Math.max(scale, Math.abs(game.payoffAsDouble(p, c)));
      }
    }
    return scale;
  }

  /**
   * The limit {@link #solve} would stop at on {@code game} before enumerating, if any: computed
   * from the game's shape alone, at once.
   */
  public Optional<SupportLimitException> limitExceeded(NormalFormGame game) {
    BigInteger supports = SupportProfiles.count(game);
    if (supports.compareTo(BigInteger.valueOf(options.maxSupports())) > 0) {
      return Optional.of(
          new SupportLimitException(
              "enumpoly would solve "
                  + supports
                  + " support profiles of this "
                  + game.shape()
                  + " game, more than the limit of "
                  + options.maxSupports(),
              "raise it with --max-supports N, eliminate dominated strategies first (--method"
                  + " dominance), or find some equilibria with --method simpdiv or gnm"));
    }
    if (game.numPlayers() >= 3) {
      int unknowns = 0;
      for (int p = 0; p < game.numPlayers(); p++) {
        unknowns += game.numStrategies(p) - 1;
      }
      if (unknowns > options.maxUnknowns()) {
        return Optional.of(
            new SupportLimitException(
                "enumpoly's largest polynomial system on this "
                    + game.shape()
                    + " game has "
                    + unknowns
                    + " unknowns (one per strategy beyond each player's first), more than the limit"
                    + " of "
                    + options.maxUnknowns(),
                "raise it with --max-unknowns N (the work grows exponentially with it),"
                    + " eliminate dominated strategies first (--method dominance), or find some"
                    + " equilibria with --method simpdiv or gnm"));
      }
    }
    return Optional.empty();
  }
}
