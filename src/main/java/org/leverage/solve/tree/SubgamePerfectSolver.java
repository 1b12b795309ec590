package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.game.tree.ReducedNormalForm;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.EquilibriumSolver;
import org.leverage.solve.Watch;

/**
 * Subgame-perfect equilibria of a tree with perfect recall (Selten 1975), by solving subgames
 * bottom-up, as Gambit up to 16.4 did with {@code -P}.
 *
 * <p>Algorithm: find the subgame roots ({@link ExtensiveGame#subgameRoots()}); take them deepest
 * first. For a root {@code r} and each combination of equilibria already chosen for the subgames
 * directly below it, build the tree of {@code r}'s subgame with each of those subgames replaced by
 * a leaf worth its equilibrium payoffs (a tree with no proper subgame), solve it with the plugged
 * {@link SubgameMethod}, and keep each equilibrium it returns. Every combination is reported; the
 * count is capped by {@link Options#maxEquilibria} at every subgame (each equilibrium of a subgame
 * is part of at least one of the whole game when the method finds at least one equilibrium of every
 * subgame).
 *
 * <p>Methods ({@link SubgameMethod}):
 *
 * <ul>
 *   <li>{@link #reducedForm}: the subgame's reduced strategic form ({@link ReducedNormalForm})
 *       solved by a normal-form {@link EquilibriumSolver}, each mixed equilibrium turned back into
 *       behaviour strategies (Kuhn). With a pure-equilibrium solver this gives the pure SPE
 *       (Gambit's {@code enumpure -P}), with an all-extreme-equilibria solver ({@code enummixed})
 *       every combination of extreme equilibria. Information sets that a player's own earlier
 *       choice within the same subgame excludes are left unspecified (zeros), as Gambit prints
 *       them. Exponential: the reduced form can have exponentially many strategies.
 *   <li>{@link #sequenceFormLemke}: one equilibrium per subgame by {@link SequenceFormLcpSolver}
 *       (Gambit's {@code lcp -P}), so one subgame-perfect equilibrium in all; uniform at sets the
 *       player's own moves exclude. Polynomial per pivot, in the size of the subgame's tree.
 *   <li>{@link #bySize}: one of two methods per subgame, by the size of its reduced strategic form
 *       ({@link ReducedStrategyCount}, computed without building it).
 * </ul>
 *
 * <p>A subgame where the method finds no equilibrium contributes none. The result says which method
 * solved how many subgames.
 *
 * <p>Cost: the sum over subgames and combinations of the method's cost on the subgame.
 *
 * <p>Trees without perfect recall are refused with {@link IllegalArgumentException} naming the
 * violation; so are normal-form solvers whose results are not exact.
 */
public final class SubgamePerfectSolver {

  /**
   * How one subgame is solved: the subgame comes as a tree of its own, the subgames below it
   * replaced by leaves, so it has no proper subgame.
   */
  public interface SubgameMethod {
    /**
     * The equilibria of {@code subgame} as behaviour profiles (over {@code subgame}'s information
     * sets), with the name of the method that found them.
     */
    Solved solve(ExtensiveGame subgame);
  }

  /**
   * What a {@link SubgameMethod} found on one subgame.
   *
   * @param method the command-line name of the method used ({@code enummixed}, {@code lcp}, ...)
   * @param equilibria the equilibria found, as behaviour profiles of the subgame's tree
   */
  public record Solved(String method, List<BehaviourProfile> equilibria) {
    public Solved {
      Objects.requireNonNull(method, "method");
      equilibria = ImmutableList.copyOf(equilibria);
    }
  }

  /** The reduced strategic form of each subgame solved by {@code solver}, which must be exact. */
  public static SubgameMethod reducedForm(EquilibriumSolver solver) {
    Objects.requireNonNull(solver, "solver");
    return subgame -> {
      ReducedNormalForm rnf = ReducedNormalForm.of(subgame);
      EquilibriumSolver.Result result = solver.solve(rnf.game());
      if (!result.exact()) {
        throw new IllegalArgumentException(
            "subgame-perfect solving needs an exact normal-form solver but "
                + result.method()
                + " is not exact");
      }
      return new Solved(result.method(), result.equilibria().stream().map(rnf::behaviour).toList());
    };
  }

  /** One equilibrium of each subgame by sequence-form Lemke ({@code lcp}); two players. */
  public static SubgameMethod sequenceFormLemke(SequenceFormLcpSolver solver) {
    Objects.requireNonNull(solver, "solver");
    return subgame -> new Solved("lcp", List.of(solver.solve(subgame).equilibrium()));
  }

  /**
   * {@code small} on subgames whose reduced strategic form has at most {@code maxCells} cells (the
   * product of the players' numbers of reduced strategies), {@code large} on the others.
   */
  public static SubgameMethod bySize(SubgameMethod small, SubgameMethod large, double maxCells) {
    Objects.requireNonNull(small, "small");
    Objects.requireNonNull(large, "large");
    return subgame ->
        ReducedStrategyCount.cells(subgame) <= maxCells
            ? small.solve(subgame)
            : large.solve(subgame);
  }

  /**
   * @param method how each subgame is solved
   * @param maxEquilibria most equilibria per subgame (and so in all) before giving up with a {@link
   *     EquilibriumLimitException}
   */
  public record Options(SubgameMethod method, int maxEquilibria) {
    public Options {
      Objects.requireNonNull(method, "method");
      if (maxEquilibria < 1) {
        throw new IllegalArgumentException(
            "maxEquilibria must be at least 1 but was " + maxEquilibria);
      }
    }

    /** Each subgame's reduced strategic form solved by {@code solver}. */
    public Options(EquilibriumSolver solver, int maxEquilibria) {
      this(reducedForm(solver), maxEquilibria);
    }
  }

  /**
   * One subgame-perfect equilibrium.
   *
   * @param profile behaviour at every personal information set (zeros where unspecified)
   * @param payoffs expected payoff of each player
   */
  public record Equilibrium(BehaviourProfile profile, List<BigFraction> payoffs) {
    public Equilibrium {
      payoffs = ImmutableList.copyOf(payoffs);
    }
  }

  /**
   * @param equilibria the subgame-perfect equilibria found, distinct, in the order of enumeration
   *     (child combinations in order, then the method's order)
   * @param subgamesByMethod how many subgames each method solved, by the method's name
   * @param counters {@code subgames}, {@code solverCalls}, {@code equilibria}
   */
  public record Result(
      List<Equilibrium> equilibria,
      Map<String, Long> subgamesByMethod,
      Map<String, Long> counters) {
    public Result {
      equilibria = ImmutableList.copyOf(equilibria);
      subgamesByMethod = ImmutableSortedMap.copyOf(subgamesByMethod);
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }

  private final Options options;

  public SubgamePerfectSolver(Options options) {
    this.options = options;
  }

  /** A partial equilibrium of one subgame: rows for its information sets, null elsewhere. */
  private record Partial(List<BigFraction>[] rows, BigFraction[] value) {}

  public Result solve(ExtensiveGame game) {
    return solve(game, Watch.NONE);
  }

  /**
   * As {@link #solve(ExtensiveGame)}, telling {@code watch} of the subgames solved and stopping
   * between subgame solves when it says so.
   */
  public Result solve(ExtensiveGame game, Watch watch) {
    game.requirePerfectRecall("subgame-perfect solving");
    int[] roots = game.subgameRoots();
    int[][] directChildren = directChildren(game, roots);
    Map<Integer, List<Partial>> solved = new HashMap<>();
    Map<Long, Integer> infosetIndex = new HashMap<>();
    for (Infoset s : game.infosets()) {
      infosetIndex.put(key(s.player(), s.number()), s.index());
    }
    long calls = 0;
    Map<String, Long> byMethod = new TreeMap<>();
    for (int r = roots.length - 1; r >= 0; r--) {
      watch.progress(roots.length - 1 - r, roots.length);
      int[] kids = directChildren[r];
      List<List<Partial>> kidEquilibria = new ArrayList<>();
      long combos = 1;
      for (int c : kids) {
        List<Partial> e = solved.remove(c);
        kidEquilibria.add(e);
        combos = Math.min(Long.MAX_VALUE / 2, combos * e.size());
      }
      checkLimit(combos, roots[r]);
      List<Partial> here = new ArrayList<>();
      int[] pick = new int[kids.length];
      for (long t = 0; t < combos; t++) {
        Partial[] chosen = new Partial[kids.length];
        for (int j = 0; j < kids.length; j++) {
          chosen[j] = kidEquilibria.get(j).get(pick[j]);
        }
        watch.checkpoint();
        String method = solveOne(game, roots[r], kids, chosen, infosetIndex, here);
        if (t == 0) {
          byMethod.merge(method, 1L, Long::sum);
        }
        calls++;
        checkLimit(here.size(), roots[r]);
        for (int j = kids.length - 1; j >= 0 && ++pick[j] == kidEquilibria.get(j).size(); j--) {
          pick[j] = 0;
        }
      }
      solved.put(roots[r], here);
    }
    List<Equilibrium> out = new ArrayList<>();
    for (Partial p : solved.get(0)) {
      List<List<BigFraction>> rows = new ArrayList<>();
      for (int i = 0; i < game.numPersonalInfosets(); i++) {
        rows.add(p.rows[i] == null ? zeros(game.infosets().get(i).numActions()) : p.rows[i]);
      }
      out.add(new Equilibrium(new BehaviourProfile(rows), Arrays.asList(p.value)));
    }
    List<Equilibrium> distinct = out.stream().distinct().toList();
    return new Result(
        distinct,
        byMethod,
        ImmutableMap.of(
            "subgames",
            (long) roots.length,
            "solverCalls",
            calls,
            "equilibria",
            (long) distinct.size()));
  }

  private void checkLimit(long count, int node) {
    if (count > options.maxEquilibria()) {
      throw new EquilibriumLimitException(
          "the subgame at node "
              + node
              + " has more than "
              + options.maxEquilibria()
              + " subgame-perfect equilibrium combinations",
          "raise it with --max-equilibria N, or solve each subgame by sequence-form Lemke, which"
              + " returns one equilibrium per subgame (--subgame-method lcp)");
    }
  }

  /**
   * Solves the subgame at {@code root} with the subgames at {@code kids} fixed to {@code chosen},
   * adding its equilibria to {@code out}; returns the name of the method used.
   */
  private String solveOne(
      ExtensiveGame game,
      int root,
      int[] kids,
      Partial[] chosen,
      Map<Long, Integer> infosetIndex,
      List<Partial> out) {
    ExtensiveGame reduced = truncate(game, root, kids, chosen);
    Solved solved = options.method().solve(reduced);
    for (BehaviourProfile b : solved.equilibria()) {
      @SuppressWarnings({"unchecked", "rawtypes"})
      List<BigFraction>[] rows = new List[game.numPersonalInfosets()];
      for (Partial c : chosen) {
        for (int i = 0; i < rows.length; i++) {
          if (c.rows[i] != null) {
            rows[i] = c.rows[i];
          }
        }
      }
      for (Infoset s : reduced.infosets()) {
        if (!s.isChance()) {
          rows[infosetIndex.get(key(s.player(), s.number()))] = b.probabilities().get(s.index());
        }
      }
      out.add(new Partial(rows, b.expectedPayoffs(reduced).toArray(new BigFraction[0])));
    }
    return solved.method();
  }

  /** The subgame at {@code root} with each subgame at {@code kids} replaced by a valued leaf. */
  private static ExtensiveGame truncate(
      ExtensiveGame game, int root, int[] kids, Partial[] chosen) {
    ExtensiveGame.Builder b = ExtensiveGame.builder(game.title(), game.comment(), game.players());
    int fresh = game.outcomes().isEmpty() ? 0 : game.outcomes().lastKey();
    int next = 0;
    for (int v = root; v < game.subtreeEnd(root); ) {
      if (next < kids.length && v == kids[next]) {
        b.outcome(++fresh, "subgame at node " + v, Arrays.asList(chosen[next].value));
        b.terminal(game.nodeLabel(v), fresh);
        v = game.subtreeEnd(v);
        next++;
        continue;
      }
      int o = game.outcomeNumber(v);
      if (o > 0) {
        b.outcome(o, game.outcomes().get(o).label(), game.outcomes().get(o).payoffs());
      }
      if (game.isTerminal(v)) {
        b.terminal(game.nodeLabel(v), o);
      } else {
        Infoset s = game.infoset(v);
        if (s.isChance()) {
          b.chanceInfoset(s.number(), s.label(), s.actions(), s.probabilities());
          b.chance(game.nodeLabel(v), s.number(), o);
        } else {
          b.infoset(s.player(), s.number(), s.label(), s.actions());
          b.decision(game.nodeLabel(v), s.player(), s.number(), o);
        }
      }
      v++;
    }
    return b.build();
  }

  /** For each subgame root, the roots directly below it (no other root in between). */
  private static int[][] directChildren(ExtensiveGame game, int[] roots) {
    List<List<Integer>> kids = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>();
    for (int r = 0; r < roots.length; r++) {
      kids.add(new ArrayList<>());
      while (!open.isEmpty() && roots[r] >= game.subtreeEnd(roots[open.peek()])) {
        open.pop();
      }
      if (!open.isEmpty()) {
        kids.get(open.peek()).add(roots[r]);
      }
      open.push(r);
    }
    int[][] out = new int[roots.length][];
    for (int r = 0; r < roots.length; r++) {
      out[r] = kids.get(r).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  private static List<BigFraction> zeros(int n) {
    BigFraction[] z = new BigFraction[n];
    Arrays.fill(z, BigFraction.ZERO);
    return Arrays.asList(z);
  }

  private static long key(int player, int number) {
    return ((long) player << 32) | (number & 0xffffffffL);
  }
}
