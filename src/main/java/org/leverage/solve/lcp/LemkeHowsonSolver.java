package org.leverage.solve.lcp;

import static org.leverage.game.TwoPlayerGames.requireTwoPlayers;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.numeric.Tolerance;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.ExactFallbackLimitException;
import org.leverage.solve.PivotLimitException;
import org.leverage.solve.Watch;

/**
 * Lemke-Howson path following for two-player games ({@code --method lcp}), after C. E. Lemke and J.
 * T. Howson, "Equilibrium points of bimatrix games", SIAM J. Appl. Math. 12 (1964), in the tableau
 * form with lexicographic degeneracy resolution of B. von Stengel, "Computing equilibria for
 * two-person games", Handbook of Game Theory vol. 3 (2002), section 3.
 *
 * <p><b>What it finds.</b> By default it behaves like {@code gambit-lcp} on strategic games: it
 * starts at the artificial equilibrium, follows the path for every missing label {@code 1..m+n}
 * (row strategies first, then column strategies), then from every equilibrium found follows every
 * label again, until no new equilibrium appears: all equilibria in the connected components of the
 * Lemke-Howson graph (L. S. Shapley, Math. Programming Study 1, 1974) that contain the artificial
 * equilibrium. That is often, not always, every extreme equilibrium. With {@link
 * Options#singlePath} it follows one path and returns exactly one equilibrium, like {@code
 * gambit-lcp -e 1}.
 *
 * <p><b>Degenerate games.</b> The minimum ratio test is lexicographic: ties in the ratio of the
 * right-hand side are broken by the ratios of the negated rows of the basis inverse, column by
 * column. This follows the paths of the game whose right-hand side {@code 1} is perturbed to {@code
 * 1 - (e, e^2, ..., e^k)} for a vanishing {@code e}, which is nondegenerate, so no path cycles,
 * every path ends at a complementary basis, and a path followed backwards returns where it started
 * (used to skip half the paths). Several bases may give the same equilibrium; equilibria are
 * returned once each. With this perturbation and gambit-lcp's payoff shift (see {@code LhProblem})
 * the search reaches the same equilibria as gambit-lcp on every two-player game of Gambit's test
 * corpus, degenerate ones included.
 *
 * <p><b>Arithmetic.</b> Each path is first followed in {@code double} ({@link Tolerance} decides; a
 * comparison too close to call aborts the attempt, and the path is followed again in {@code double}
 * with every decision taken at the zero threshold). Its end basis is then certified: the supports
 * it defines are solved exactly by fraction-free elimination and the profile must have exactly zero
 * regret. If both floating attempts failed, hit the pivot limit, or did not certify, or (when the
 * search goes on from that basis) the basis is degenerate and not a vertex of the perturbed
 * polytopes, the path is redone with fraction-free integer pivoting (Bareiss-style, as in lrs),
 * which is the exact reference; {@link Options#exactPivoting} uses it for every path. Paths from
 * degenerate equilibria are always followed exactly. Every equilibrium returned has been certified
 * exactly, so the result is always exact.
 *
 * <p><b>Cost.</b> A floating pivot costs {@code O(m n)} operations (only nonbasic columns change);
 * paths can be exponentially long in the worst case (Savani and von Stengel 2006), hence the pivot
 * limit per path. Certifying a basis costs {@code O(k^3 + (m+n) k)} big-integer operations for
 * support size {@code k}. The full search follows up to {@code m+n} paths per equilibrium basis
 * found, half of them known in advance by reversal.
 *
 * <p><b>Counters.</b> {@code paths} followed, {@code exactPaths} among them followed in exact
 * arithmetic, {@code pivots} on paths (floating and exact attempts), {@code equilibriumBases}
 * (distinct complementary bases found; several may give one equilibrium).
 */
public final class LemkeHowsonSolver implements EquilibriumSolver {

  /**
   * Games with more labels (strategies of both players) than this get no exact fallback for a
   * floating-point path that fails: exact pivoting is then too slow to finish.
   */
  public static final int MAX_EXACT_FALLBACK_LABELS = 400;

  /** The method's command-line name. */
  public static final String METHOD = "lcp";

  /**
   * Options of a run.
   *
   * @param singlePathLabel when present, follow only the path that drops this label from the
   *     artificial equilibrium ({@code 1..m} for row strategies, {@code m+1..m+n} for column
   *     strategies) and return its one equilibrium; when empty, search all reachable equilibria
   * @param maxEquilibria stop the search once this many distinct equilibria were found
   * @param maxPivotsPerPath a path longer than this throws {@link PivotLimitException}
   * @param exactPivoting follow every path in exact arithmetic (slower; the reference)
   * @param tolerance the epsilons of floating-point pivoting
   */
  public record Options(
      OptionalInt singlePathLabel,
      int maxEquilibria,
      int maxPivotsPerPath,
      boolean exactPivoting,
      Tolerance tolerance) {

    /** Search every reachable equilibrium, floating pivoting with exact certification. */
    public static final Options DEFAULT =
        new Options(OptionalInt.empty(), Integer.MAX_VALUE, 1_000_000, false, Tolerance.DEFAULT);

    public Options {
      if (singlePathLabel.isPresent() && singlePathLabel.getAsInt() < 1) {
        throw new IllegalArgumentException(
            "singlePathLabel must be at least 1 but was " + singlePathLabel.getAsInt());
      }
      if (maxEquilibria < 1) {
        throw new IllegalArgumentException(
            "maxEquilibria must be at least 1 but was " + maxEquilibria);
      }
      if (maxPivotsPerPath < 1) {
        throw new IllegalArgumentException(
            "maxPivotsPerPath must be at least 1 but was " + maxPivotsPerPath);
      }
      Objects.requireNonNull(tolerance, "tolerance");
    }

    /** One path, dropping {@code label} (1-based, row strategies first). */
    public static Options singlePath(int label) {
      return DEFAULT.withSinglePathLabel(OptionalInt.of(label));
    }

    public Options withSinglePathLabel(OptionalInt label) {
      return new Options(label, maxEquilibria, maxPivotsPerPath, exactPivoting, tolerance);
    }

    public Options withMaxEquilibria(int max) {
      return new Options(singlePathLabel, max, maxPivotsPerPath, exactPivoting, tolerance);
    }

    public Options withMaxPivotsPerPath(int max) {
      return new Options(singlePathLabel, maxEquilibria, max, exactPivoting, tolerance);
    }

    public Options withExactPivoting(boolean exact) {
      return new Options(singlePathLabel, maxEquilibria, maxPivotsPerPath, exact, tolerance);
    }

    public Options withTolerance(Tolerance t) {
      return new Options(singlePathLabel, maxEquilibria, maxPivotsPerPath, exactPivoting, t);
    }
  }

  private final Options options;

  public LemkeHowsonSolver(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public LemkeHowsonSolver() {
    this(Options.DEFAULT);
  }

  public Options options() {
    return options;
  }

  /**
   * Tells {@code watch} of each path followed (their total is not known in advance) and of each
   * equilibrium as it is certified.
   *
   * @throws IllegalArgumentException if the game does not have two players, or the single-path
   *     label is larger than the number of strategies
   * @throws PivotLimitException if a path exceeds {@link Options#maxPivotsPerPath}
   */
  @Override
  public Result solve(NormalFormGame game, Watch watch) {
    requireTwoPlayers(METHOD, game.numPlayers());
    Run run = new Run(game, new LhProblem(game), watch);
    if (options.singlePathLabel().isPresent()) {
      int label = options.singlePathLabel().getAsInt();
      if (label > run.problem.numLabels()) {
        throw new IllegalArgumentException(
            "singlePathLabel must be in 1.."
                + run.problem.numLabels()
                + " (one label per strategy of "
                + game
                + ") but was "
                + label);
      }
      run.singlePath(label - 1);
    } else {
      run.searchAll();
    }
    return new Result(
        METHOD,
        true,
        List.copyOf(run.equilibria),
        ImmutableMap.of(
            "paths", run.paths,
            "exactPaths", run.exactPaths,
            "pivots", run.pivots,
            "equilibriumBases", (long) run.nodes.size() - 1));
  }

  /** A complementary basis of the search, with the labels whose path is already known. */
  private static final class Node {
    final BitSet basis;
    final boolean exactOnly;
    final boolean[] followed;

    Node(BitSet basis, boolean exactOnly, int labels) {
      this.basis = basis;
      this.exactOnly = exactOnly;
      this.followed = new boolean[labels];
    }
  }

  /**
   * Where a path ended: the basis and, unless it was known before (the artificial basis or an
   * equilibrium already found and certified), its newly certified equilibrium.
   */
  private record Endpoint(BitSet basis, Optional<BasisCertifier.Certified> equilibrium) {}

  /** The mutable state of one call of {@link #solve}. */
  private final class Run {
    final NormalFormGame game;
    final LhProblem problem;
    final BitSet artificial;
    final Map<BitSet, Node> nodes = new LinkedHashMap<>();
    final Set<MixedProfile> equilibria = new LinkedHashSet<>();
    final Watch watch;
    long paths;
    long exactPaths;
    long pivots;

    Run(NormalFormGame game, LhProblem problem, Watch watch) {
      this.game = game;
      this.watch = watch;
      this.problem = problem;
      this.artificial = LhTableau.artificialBasis(problem);
      nodes.put(artificial, new Node(artificial, false, problem.numLabels()));
    }

    void singlePath(int label) {
      Endpoint end = follow(nodes.get(artificial), label, false);
      equilibria.add(end.equilibrium().orElseThrow().profile());
      watch.found(end.equilibrium().orElseThrow().profile());
      nodes.put(end.basis(), new Node(end.basis(), false, problem.numLabels()));
    }

    void searchAll() {
      ArrayDeque<Node> queue = new ArrayDeque<>();
      queue.add(nodes.get(artificial));
      while (!queue.isEmpty()) {
        Node node = queue.poll();
        for (int label = 0; label < problem.numLabels(); label++) {
          if (node.followed[label]) {
            continue;
          }
          node.followed[label] = true;
          Endpoint end = follow(node, label, true);
          Node target = nodes.get(end.basis());
          if (target == null) {
            BasisCertifier.Certified eq = end.equilibrium().orElseThrow();
            target = new Node(end.basis(), eq.degenerate(), problem.numLabels());
            nodes.put(end.basis(), target);
            queue.add(target);
            equilibria.add(eq.profile());
            watch.found(eq.profile());
            if (equilibria.size() >= options.maxEquilibria()) {
              return;
            }
          }
          // The same path followed backwards: dropping the label again leads back here.
          target.followed[label] = true;
        }
      }
    }

    /**
     * Follows one path, in floating point when that is allowed and conclusive, else exactly.
     *
     * @param continued whether the search will go on from the end, which must then be a vertex of
     *     the perturbed polytopes
     */
    Endpoint follow(Node from, int label, boolean continued) {
      watch.checkpoint();
      paths++;
      watch.progress(paths, -1);
      if (!options.exactPivoting() && !from.exactOnly) {
        Optional<Endpoint> end = followInDouble(from, label, continued);
        if (end.isPresent()) {
          return end.get();
        }
        requireExactFeasible(label);
      }
      exactPaths++;
      IntegerTableau t = new IntegerTableau(problem);
      t.moveTo(from.basis);
      t.normalizeSigns();
      int steps = t.follow(label, options.maxPivotsPerPath());
      pivots += t.pathPivots();
      if (steps < 0) {
        throw new PivotLimitException(
            "Lemke-Howson path dropping label "
                + (label + 1)
                + " of "
                + game
                + " did not end within "
                + options.maxPivotsPerPath()
                + " pivots, the most one path may take",
            "try another --label, or enumerate the equilibria by vertex enumeration instead"
                + " (--method enummixed)");
      }
      BitSet end = t.qBasis();
      if (nodes.containsKey(end)) {
        return new Endpoint(end, Optional.empty());
      }
      BasisCertifier.Certified eq =
          BasisCertifier.certify(problem, end)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "exact Lemke-Howson path ended at basis "
                              + end
                              + " that is not an equilibrium"));
      return new Endpoint(end, Optional.of(eq));
    }

    /**
     * Exact pivoting multiplies integers whose length grows with every pivot; beyond {@link
     * #MAX_EXACT_FALLBACK_LABELS} labels a path redone exactly would run for hours, so the search
     * stops with a message instead of hanging.
     */
    private void requireExactFeasible(int label) {
      if (problem.numLabels() > MAX_EXACT_FALLBACK_LABELS) {
        throw new ExactFallbackLimitException(
            "the floating-point Lemke-Howson path dropping label "
                + (label + 1)
                + " of "
                + game
                + " was inconclusive (pivot limit, or an end that did not certify exactly), and"
                + " redoing it in exact arithmetic is not feasible for "
                + problem.numLabels()
                + " labels (at most "
                + MAX_EXACT_FALLBACK_LABELS
                + ")",
            "try another --label, or enumerate the equilibria by vertex enumeration instead"
                + " (--method enummixed)");
      }
    }

    /**
     * Follows the path in floating point. A decision too close to call first makes the path start
     * again with every decision taken at the zero threshold: on large games some tableau entry of a
     * long path always lands in the ambiguous band, and redoing such a path exactly costs integers
     * of thousands of digits. Whichever turns the floating path takes, its end is kept only if it
     * certifies exactly, so a result is never wrong; at worst the path reaches another equilibrium
     * than the exact path would, or fails to certify and is redone exactly.
     */
    private Optional<Endpoint> followInDouble(Node from, int label, boolean continued) {
      Tolerance careful = options.tolerance();
      Tolerance decisive = new Tolerance(careful.zero(), careful.zero());
      Optional<DoublePath> path =
          followInDouble(from, label, careful).or(() -> followInDouble(from, label, decisive));
      return path.flatMap(p -> endOf(p.tableau(), p.steps(), continued));
    }

    /** A floating-point path that ran to its end (or to the pivot limit: negative steps). */
    private record DoublePath(DoubleTableau tableau, int steps) {}

    /** The path, or empty when a decision was ambiguous under {@code tolerance}. */
    private Optional<DoublePath> followInDouble(Node from, int label, Tolerance tolerance) {
      DoubleTableau t = new DoubleTableau(problem, tolerance);
      try {
        t.moveTo(from.basis);
        return Optional.of(new DoublePath(t, t.follow(label, options.maxPivotsPerPath())));
      } catch (AmbiguousPivotException e) {
        return Optional.empty();
      } finally {
        pivots += t.pathPivots();
      }
    }

    private Optional<Endpoint> endOf(DoubleTableau t, int steps, boolean continued) {
      if (steps < 0) {
        // Possibly floating-point cycling: the exact path decides whether the limit is real.
        return Optional.empty();
      }
      BitSet end = t.qBasis();
      if (nodes.containsKey(end)) {
        return Optional.of(new Endpoint(end, Optional.empty()));
      }
      Optional<BasisCertifier.Certified> eq = BasisCertifier.certify(problem, end);
      if (eq.isEmpty() || (continued && eq.get().degenerate() && !isPerturbedVertex(end))) {
        return Optional.empty();
      }
      return Optional.of(new Endpoint(end, eq));
    }

    private boolean isPerturbedVertex(BitSet basis) {
      IntegerTableau t = new IntegerTableau(problem);
      t.moveTo(basis);
      t.normalizeSigns();
      return t.isLexicographicallyFeasible();
    }
  }
}
