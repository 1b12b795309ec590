package org.leverage.solve.bimatrix;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Bimatrix;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.BasisLimitException;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.Watch;

/**
 * All extreme Nash equilibria of a two-player game, certified exact: what {@code gambit-enummixed}
 * computes, method name {@value #METHOD}.
 *
 * <p><b>What is returned.</b> With the payoffs A (row player) and B (column player) shifted to be
 * positive, the best-response polytopes are P = {x >= 0 : B^T x <= 1} and Q = {y >= 0 : A y <= 1}.
 * Label i (a row) is on x where x_i = 0 and on y where row i is a best response; label m + j (a
 * column) is on x where column j is a best response and on y where y_j = 0. The extreme equilibria
 * are the completely labelled pairs of vertices (x, y) other than (0, 0), normalised to
 * probabilities (B. von Stengel, "Computing equilibria for two-person games", Handbook of Game
 * Theory vol. 3, 2002, section 3). In degenerate games a face of the equilibrium set has several
 * such vertex pairs and all are returned; the set does not depend on the shift. The equilibria come
 * in {@link MixedProfile#CANONICAL_ORDER}.
 *
 * <p><b>Algorithm.</b> (1) Enumerate the vertices of the polytope of lower dimension (P on ties) by
 * lexicographic reverse search with double-precision dictionaries ({@link FloatReverseSearch}).
 * Signs that are too close to call under the {@link Tolerance} are decided on the exact dictionary
 * of the same basis, and the lexicographic perturbation reaches every vertex of a degenerate
 * polytope, each reported with its full label set. (2) For each vertex, find its partners in the
 * other polytope by solving, as lrsnash does (Avis, Rosenberg, Savani, von Stengel, "Enumeration of
 * Nash equilibria for two-player games", Economic Theory 42, 2010): a nondegenerate vertex lacks
 * exactly as many labels as the other polytope's dimension, and making those constraints tight
 * leaves one square system, solved in double precision to reject the (many) vertices whose only
 * candidate clearly lies outside, and exactly otherwise; degenerate faces are searched exactly
 * ({@link PartnerFinder}). (3) Certify: each vertex of a pair is rebuilt exactly from one of its
 * bases (fraction-free elimination) and must lie in its polytope with exactly the labels the search
 * saw; every profile must pass {@link ProfilePayoffs#isNashEquilibrium} (exact zero regret).
 *
 * <p>Fallback: when a degenerate face is too large to search by solving, or a vertex fails its
 * exact rebuild, both polytopes are enumerated and their vertices paired by labels: a nondegenerate
 * x pairs with the nondegenerate y whose labels are exactly the ones x lacks (one hash look-up in a
 * packed {@link LabelTable}), degenerate candidates are checked with word-wise subset tests, and a
 * degenerate x scans the vertices carrying the rarest label it lacks. If a vertex of that pass
 * fails its exact rebuild, both polytopes are traversed again exactly over all their feasible bases
 * ({@link ExactBasisSearch}); {@link Options#forceExact()} uses that exact pass from the start.
 *
 * <p><b>Why the answer is complete and exact.</b> Reverse search on the lexicographically perturbed
 * polytope (which is simple) visits each of its bases once, and every vertex of the original
 * polytope is the limit of one of them (see {@link FloatReverseSearch}), so the traversal is
 * complete as long as each sign it decided was right. Signs beyond {@link Tolerance#ambiguous()}
 * are taken from double precision, whose error on these dictionaries was measured at about 5e-14
 * against an ambiguity threshold of 1e-9 ({@link Options#SEARCH_TOLERANCE}); signs in between are
 * exact; values within {@link Tolerance#zero()} count as zero, and a vertex of an equilibrium whose
 * exact tight set differs from what the search saw triggers the exact traversal. Every returned
 * point is recomputed and checked in rational arithmetic, so nothing inexact is returned even if
 * that margin argument failed; {@link Options#forceExact()} removes the floating-point stage
 * altogether.
 *
 * <p><b>Complexity.</b> Output-sensitive in the number of bases of the enumerated polytope: per
 * basis one O(k (d + k)) pivot plus O(k + d) per edge examined (k + d constraints in dimension d),
 * memory O(d + k) bits per vertex, and per vertex one double-precision solve of at most d x d;
 * exact work only for candidates that are not clearly rejected, for degenerate faces (a binomial
 * number of exact solves, capped) and for the equilibria. The number of vertices can grow
 * exponentially with the size of the game: a random 20 x 20 game has 1.8 million vertices in P and
 * 237 extreme equilibria.
 */
public final class EnumMixedSolver implements EquilibriumSolver {

  /** The method's command-line name. */
  public static final String METHOD = "enummixed";

  /**
   * Limits and numerics.
   *
   * @param maxEquilibria the most equilibria to return; more throw {@link
   *     EquilibriumLimitException}
   * @param maxBases the most feasible bases to visit in one polytope; more throw {@link
   *     BasisLimitException}
   * @param tolerance thresholds of the double-precision traversal
   * @param forceExact traverse both polytopes in exact arithmetic from the start
   */
  public record Options(int maxEquilibria, long maxBases, Tolerance tolerance, boolean forceExact) {

    /**
     * Thresholds for the double-precision traversal. Its dictionaries hold payoffs scaled into (0,
     * 1] and are at most a few dozen pivots from the root; on random 20 x 20 games their entries
     * differ from the exact values by at most about 5e-14, while genuinely non-zero entries as
     * small as 1e-8 are common. Values up to 1e-11 are taken as zero (more than two orders of
     * magnitude above the rounding error) and values up to 1e-9 are decided exactly, which keeps
     * exact decisions to a handful per polytope; the wider band of {@link Tolerance#DEFAULT} would
     * send thousands of true non-zeros to exact arithmetic.
     */
    public static final Tolerance SEARCH_TOLERANCE = new Tolerance(1e-11, 1e-9);

    /** A million equilibria, a hundred million bases, {@link #SEARCH_TOLERANCE}, double search. */
    public static final Options DEFAULT =
        new Options(1_000_000, 100_000_000L, SEARCH_TOLERANCE, false);

    public Options {
      if (maxEquilibria < 1) {
        throw new IllegalArgumentException(
            "maxEquilibria must be at least 1 but was " + maxEquilibria);
      }
      if (maxBases < 1) {
        throw new IllegalArgumentException("maxBases must be at least 1 but was " + maxBases);
      }
      Objects.requireNonNull(tolerance, "tolerance");
    }
  }

  private final Options options;

  public EnumMixedSolver(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public EnumMixedSolver() {
    this(Options.DEFAULT);
  }

  public Options options() {
    return options;
  }

  /**
   * Tells {@code watch} of the bases visited (their total is not known in advance) and of each
   * equilibrium as it is certified.
   *
   * @throws IllegalArgumentException if the game does not have exactly two players
   * @throws EquilibriumLimitException if there are more than {@link Options#maxEquilibria()}
   *     equilibria or a polytope has more than {@link Options#maxBases()} feasible bases
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    requireTwoPlayers(METHOD, game.numPlayers());
    Bimatrix bimatrix = game.bimatrix();
    BestResponsePolytope p = BestResponsePolytope.rowPlayer(bimatrix);
    BestResponsePolytope q = BestResponsePolytope.columnPlayer(bimatrix);
    if (!options.forceExact()) {
      Optional<Result> bySolving = enumerateOneSolveOther(game, p, q, watch);
      if (bySolving.isPresent()) {
        return bySolving.get();
      }
    }
    Traversal vp = traverse(p, options.forceExact(), watch);
    Traversal vq = traverse(q, options.forceExact(), watch);
    Map<String, Long> counters = new LinkedHashMap<>();
    while (true) {
      Optional<List<MixedProfile>> equilibria = pair(game, p, vp, q, vq, counters, watch);
      if (equilibria.isPresent()) {
        counters.put("verticesP", (long) vp.vertices().size());
        counters.put("verticesQ", (long) vq.vertices().size());
        counters.put("basesP", vp.bases());
        counters.put("basesQ", vq.bases());
        counters.put("pivots", vp.pivots() + vq.pivots());
        counters.put("exactTraversals", (vp.exact() ? 1L : 0L) + (vq.exact() ? 1L : 0L));
        counters.put("exactDecisions", vp.exactDecisions() + vq.exactDecisions());
        return new Result(METHOD, true, equilibria.get(), counters);
      }
      // A vertex found in double precision failed its exact check: redo what was inexact.
      vp = vp.exact() ? vp : traverse(p, true, watch);
      vq = vq.exact() ? vq : traverse(q, true, watch);
    }
  }

  /**
   * Enumerates the polytope of lower dimension and solves for each vertex's partners in the other.
   * Empty when a face was too degenerate for {@link PartnerFinder} or a vertex failed its exact
   * rebuild; the caller then enumerates both polytopes.
   */
  private Optional<Result> enumerateOneSolveOther(
      NormalFormGame game, BestResponsePolytope p, BestResponsePolytope q, Watch watch) {
    int m = game.numStrategies(0);
    int n = game.numStrategies(1);
    boolean rowSide = m <= n;
    BestResponsePolytope enumerated = rowSide ? p : q;
    PartnerFinder finder = new PartnerFinder(rowSide ? q : p, options.tolerance());
    Map<Integer, BigFraction[]> exactPoints = new HashMap<>();
    List<MixedProfile> equilibria = new ArrayList<>();
    // Each vertex's partners are sought as soon as the traversal finds it, so that equilibria are
    // reported while the traversal runs.
    VertexVisitor partnersOf =
        (table, v) -> {
          BitSet missing = table.labels(v);
          missing.flip(0, m + n);
          List<BigFraction[]> partners = finder.partners(missing);
          if (partners == null) {
            return false;
          }
          if (partners.isEmpty()) {
            return true;
          }
          Optional<BigFraction[]> point = rebuiltPoint(enumerated, table, v, exactPoints);
          if (point.isEmpty()) {
            return false;
          }
          for (BigFraction[] partner : partners) {
            MixedProfile equilibrium =
                rowSide
                    ? certified(game, point.get(), partner)
                    : certified(game, partner, point.get());
            equilibria.add(equilibrium);
            checkLimit(equilibria.size());
            watch.found(equilibrium);
          }
          return true;
        };
    Traversal vertices =
        FloatReverseSearch.enumerate(
            enumerated, options.tolerance(), options.maxBases(), watch, partnersOf);
    if (vertices == null) {
      return Optional.empty();
    }
    LabelTable table = vertices.vertices();
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put(rowSide ? "verticesP" : "verticesQ", (long) table.size());
    counters.put(rowSide ? "basesP" : "basesQ", vertices.bases());
    counters.put("pivots", vertices.pivots());
    counters.put("exactDecisions", vertices.exactDecisions());
    counters.put("exactTraversals", 0L);
    counters.put("partnersRejectedInDouble", finder.doubleRejections());
    counters.put("partnersCheckedExactly", finder.exactChecks());
    counters.put("faceSystemsSolved", finder.faceSystems());
    return Optional.of(new Result(METHOD, true, equilibria, counters));
  }

  private void checkLimit(int found) {
    if (found > options.maxEquilibria()) {
      throw new EquilibriumLimitException(
          "the game has more than "
              + options.maxEquilibria()
              + " extreme equilibria (--max-equilibria)",
          "raise it with --max-equilibria N, or use a method that finds some equilibria such as"
              + " Lemke-Howson (--method lcp)");
    }
  }

  private Traversal traverse(BestResponsePolytope polytope, boolean exact, Watch watch) {
    return exact
        ? ExactBasisSearch.enumerate(polytope, options.maxBases(), watch)
        : FloatReverseSearch.enumerate(
            polytope, options.tolerance(), options.maxBases(), watch, VertexVisitor.NONE);
  }

  /** Tells {@code watch} how many bases a traversal has visited, every 1024 bases. */
  static void reportBases(Watch watch, long bases) {
    if (bases % 1024 == 0) {
      watch.progress(bases, -1);
    }
  }

  /**
   * The normalised completely labelled pairs, or empty when a vertex from a double traversal did
   * not survive its exact rebuild.
   */
  private Optional<List<MixedProfile>> pair(
      NormalFormGame game,
      BestResponsePolytope p,
      Traversal vp,
      BestResponsePolytope q,
      Traversal vq,
      Map<String, Long> counters,
      Watch watch) {
    int m = game.numStrategies(0);
    int n = game.numStrategies(1);
    int labels = m + n;
    LabelTable xs = vp.vertices();
    LabelTable ys = vq.vertices();
    // A nondegenerate vertex of Q has exactly n labels, so it is the partner of a
    // nondegenerate x exactly when its labels are the n labels x lacks: one look-up. Only
    // degenerate vertices (more labels than their dimension) need a superset test.
    List<Integer> degenerateYs = new ArrayList<>();
    for (int y = 0; y < ys.size(); y++) {
      if (ys.cardinality(y) > n) {
        degenerateYs.add(y);
      }
    }
    List<List<Integer>> ysByLabel = new ArrayList<>();
    Map<Integer, BigFraction[]> exactX = new HashMap<>();
    Map<Integer, BigFraction[]> exactY = new HashMap<>();
    long[] missing = new long[xs.words()];
    List<MixedProfile> equilibria = new ArrayList<>();
    long candidates = 0;
    for (int x = 0; x < xs.size(); x++) {
      watch.checkpoint();
      xs.copyLabels(x, missing);
      for (int l = 0; l < labels; l++) {
        missing[l / 64] ^= 1L << (l % 64);
      }
      List<Integer> partners = new ArrayList<>();
      List<Integer> scan;
      if (xs.cardinality(x) == m) {
        int y = ys.find(missing);
        candidates++;
        if (y >= 0) {
          partners.add(y);
        }
        scan = degenerateYs;
      } else {
        if (ysByLabel.isEmpty()) {
          for (int l = 0; l < labels; l++) {
            ysByLabel.add(new ArrayList<>());
          }
          for (int y = 0; y < ys.size(); y++) {
            for (int l = 0; l < labels; l++) {
              if (ys.hasLabel(y, l)) {
                ysByLabel.get(l).add(y);
              }
            }
          }
        }
        // Every partner carries each missing label; the rarest one has the fewest candidates.
        scan = null;
        for (int l = 0; l < labels; l++) {
          boolean isMissing = (missing[l / 64] & (1L << (l % 64))) != 0;
          if (isMissing && (scan == null || ysByLabel.get(l).size() < scan.size())) {
            scan = ysByLabel.get(l);
          }
        }
      }
      for (int y : scan) {
        candidates++;
        if (ys.containsAll(y, missing)) {
          partners.add(y);
        }
      }
      for (int y : partners) {
        Optional<BigFraction[]> xPoint = exactPoint(p, vp, x, exactX);
        Optional<BigFraction[]> yPoint = exactPoint(q, vq, y, exactY);
        if (xPoint.isEmpty() || yPoint.isEmpty()) {
          return Optional.empty();
        }
        MixedProfile equilibrium = certified(game, xPoint.get(), yPoint.get());
        equilibria.add(equilibrium);
        checkLimit(equilibria.size());
        watch.found(equilibrium);
      }
    }
    counters.put("candidatePairs", candidates);
    return Optional.of(equilibria);
  }

  private static Optional<BigFraction[]> exactPoint(
      BestResponsePolytope polytope, Traversal t, int entry, Map<Integer, BigFraction[]> cache) {
    return t.exact()
        ? Optional.of(t.points().get(entry))
        : rebuiltPoint(polytope, t.vertices(), entry, cache);
  }

  /** The exact point of a vertex found in double precision, or empty if it does not rebuild. */
  private static Optional<BigFraction[]> rebuiltPoint(
      BestResponsePolytope polytope,
      LabelTable vertices,
      int entry,
      Map<Integer, BigFraction[]> cache) {
    BigFraction[] known = cache.get(entry);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<BigFraction[]> rebuilt =
        polytope.rebuild(vertices.labels(entry), vertices.basis(entry));
    rebuilt.ifPresent(z -> cache.put(entry, z));
    return rebuilt;
  }

  /** Normalises the pair to probabilities and checks exact zero regret. */
  private static MixedProfile certified(NormalFormGame game, BigFraction[] x, BigFraction[] y) {
    MixedProfile profile = new MixedProfile(ImmutableList.of(normalised(x), normalised(y)));
    if (!ProfilePayoffs.isNashEquilibrium(game, profile)) {
      throw new IllegalStateException(
          "completely labelled vertex pair " + profile + " is not an equilibrium of " + game);
    }
    return profile;
  }

  private static List<BigFraction> normalised(BigFraction[] z) {
    BigFraction sum = BigFraction.ZERO;
    for (BigFraction v : z) {
      sum = sum.add(v);
    }
    ImmutableList.Builder<BigFraction> b = ImmutableList.builder();
    for (BigFraction v : z) {
      b.add(v.divide(sum).reduce());
    }
    return b.build();
  }

  static BasisLimitException tooManyBases(long maxBases) {
    return new BasisLimitException(
        "a best-response polytope has more than "
            + maxBases
            + " feasible bases, the most vertex enumeration visits; this happens in highly"
            + " degenerate games",
        "use a method that finds some equilibria such as Lemke-Howson (--method lcp), or"
            + " remove dominated strategies first (--method dominance)");
  }
}
