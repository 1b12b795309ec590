package org.leverage.solve.tree;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.game.tree.Infoset;
import org.leverage.game.tree.InfosetNames;
import org.leverage.solve.EquilibriumLimitException;
import org.leverage.solve.Watch;

/**
 * All pure subgame-perfect equilibria of a perfect-information tree with chance moves, by backward
 * induction (Selten 1975; Osborne-Rubinstein ch. 6), exact.
 *
 * <p>Algorithm: one sweep over the nodes in reverse preorder (children before parents, no
 * recursion, so trees of millions of nodes are fine). Each node keeps the list of the distinct
 * subgame-perfect equilibria of its subtree, each as its value vector, its action and one
 * sub-equilibrium per child. At a decision node every combination of the children's equilibria is
 * taken with every action that is best for the mover (ties are enumerated, not broken); at a chance
 * node every combination, valued by the exact expectation. Outcomes at non-terminal nodes are added
 * to the node's value. With a unique equilibrium everywhere the time and memory are linear in the
 * tree; otherwise they are linear in the tree plus the number of equilibria found, which is capped
 * by {@link Options#maxEquilibria} (since every equilibrium of a subtree extends to at least one of
 * the whole tree, the cap is checked at every node and the sweep stops as soon as it is exceeded).
 *
 * <p>Applies only to trees where every personal information set has a single node; other trees get
 * {@link IllegalArgumentException}.
 */
public final class BackwardInductionSolver {

  /**
   * @param maxEquilibria most equilibria to enumerate; more is a {@link EquilibriumLimitException}
   */
  public record Options(int maxEquilibria) {
    public static final Options DEFAULT = new Options(1000);

    public Options {
      if (maxEquilibria < 1) {
        throw new IllegalArgumentException(
            "maxEquilibria must be at least 1 but was " + maxEquilibria);
      }
    }
  }

  /**
   * One pure subgame-perfect equilibrium.
   *
   * @param actions the action (0-based) at each personal information set, in {@link
   *     ExtensiveGame#infosets()} order: the full strategy of every player, on and off path
   * @param payoffs expected payoff of each player
   * @param reached the terminal nodes reached with positive probability and that probability (one
   *     path without chance moves on it, several with); probabilities sum to 1
   */
  public record Equilibrium(
      List<Integer> actions, List<BigFraction> payoffs, SortedMap<Integer, BigFraction> reached) {

    public Equilibrium {
      actions = ImmutableList.copyOf(actions);
      payoffs = ImmutableList.copyOf(payoffs);
      reached = ImmutableSortedMap.copyOf(reached);
    }

    /** The equilibrium as a (pure) behaviour profile of {@code game}. */
    public BehaviourProfile behaviour(ExtensiveGame game) {
      return BehaviourProfile.pure(game, actions.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The nodes from the root to {@code terminal}, one of {@link #reached()}. */
    public static List<Integer> path(ExtensiveGame game, int terminal) {
      List<Integer> path = new ArrayList<>();
      for (int v = terminal; v >= 0; v = game.parent(v)) {
        path.add(v);
      }
      Collections.reverse(path);
      return ImmutableList.copyOf(path);
    }
  }

  /**
   * @param equilibria every pure subgame-perfect equilibrium, in enumeration order (lower actions
   *     first at the root's decisions, then down the tree)
   * @param counters {@code nodes} and {@code equilibria}
   */
  public record Result(List<Equilibrium> equilibria, Map<String, Long> counters) {
    public Result {
      equilibria = ImmutableList.copyOf(equilibria);
      counters = ImmutableSortedMap.copyOf(counters);
    }
  }

  private final Options options;

  public BackwardInductionSolver(Options options) {
    this.options = options;
  }

  /** A subgame-perfect equilibrium of one subtree; kids are shared, never copied. */
  private record Sub(int node, int action, BigFraction[] value, Sub[] kids) {}

  private static final Sub[] NO_KIDS = new Sub[0];

  public Result solve(ExtensiveGame game) {
    return solve(game, Watch.NONE);
  }

  /**
   * As {@link #solve(ExtensiveGame)}, telling {@code watch} of the nodes solved and stopping
   * between nodes when it says so.
   */
  public Result solve(ExtensiveGame game, Watch watch) {
    if (!game.isPerfectInformation()) {
      Infoset s =
          game.infosets().stream()
              .filter(i -> !i.isChance() && game.infosetNodes(i.index()).length > 1)
              .findFirst()
              .orElseThrow();
      throw new IllegalArgumentException(
          "backward induction needs perfect information, but "
              + InfosetNames.of(game).describe(s)
              + " has "
              + game.infosetNodes(s.index()).length
              + " nodes; use the subgame-perfect solver");
    }
    int n = game.numNodes();
    int k = game.numPlayers();
    BigFraction[] zero = new BigFraction[k];
    Arrays.fill(zero, BigFraction.ZERO);
    Map<Integer, BigFraction[]> outcomeValues = new HashMap<>();
    game.outcomes()
        .forEach((num, o) -> outcomeValues.put(num, o.payoffs().toArray(new BigFraction[0])));
    Sub[][] subs = new Sub[n][];
    for (int v = n - 1; v >= 0; v--) {
      watch.checkpoint();
      if (v % 4096 == 0) {
        watch.progress(n - v, n);
      }
      BigFraction[] own =
          game.outcomeNumber(v) == 0 ? null : outcomeValues.get(game.outcomeNumber(v));
      if (game.isTerminal(v)) {
        subs[v] = new Sub[] {new Sub(v, -1, own == null ? zero : own, NO_KIDS)};
        continue;
      }
      int m = game.numChildren(v);
      Sub[][] childSubs = new Sub[m][];
      long combos = 1;
      for (int a = 0; a < m; a++) {
        childSubs[a] = subs[game.child(v, a)];
        subs[game.child(v, a)] = null;
        combos = Math.min(Long.MAX_VALUE / 2, combos * childSubs[a].length);
      }
      checkLimit(combos, v);
      if (combos == 1) {
        // The common case, one equilibrium below every child: no combination bookkeeping.
        Sub[] kids = new Sub[m];
        for (int a = 0; a < m; a++) {
          kids[a] = childSubs[a][0];
        }
        subs[v] = equilibriaWith(game, v, kids, own, k);
        checkLimit(subs[v].length, v);
        continue;
      }
      List<Sub> here = new ArrayList<>();
      int[] pick = new int[m];
      for (long t = 0; t < combos; t++) {
        Sub[] kids = new Sub[m];
        for (int a = 0; a < m; a++) {
          kids[a] = childSubs[a][pick[a]];
        }
        watch.checkpoint();
        here.addAll(Arrays.asList(equilibriaWith(game, v, kids, own, k)));
        checkLimit(here.size(), v);
        for (int a = m - 1; a >= 0 && ++pick[a] == childSubs[a].length; a--) {
          pick[a] = 0;
        }
      }
      subs[v] = here.toArray(NO_KIDS);
    }
    List<Equilibrium> out = new ArrayList<>();
    for (Sub root : subs[0]) {
      out.add(decode(game, root));
    }
    return new Result(out, ImmutableMap.of("nodes", (long) n, "equilibria", (long) out.size()));
  }

  private void checkLimit(long count, int node) {
    if (count > options.maxEquilibria()) {
      throw new EquilibriumLimitException(
          "the subtree at node "
              + node
              + " alone has more than "
              + options.maxEquilibria()
              + " subgame-perfect equilibria (ties)",
          "raise it with --max-equilibria N, or break ties in the payoffs");
    }
  }

  /**
   * The equilibria at {@code v} given one equilibrium per child: one at a chance node, one per best
   * action of the mover at a decision node.
   */
  private static Sub[] equilibriaWith(
      ExtensiveGame game, int v, Sub[] kids, BigFraction[] own, int k) {
    if (game.player(v) == 0) {
      return new Sub[] {new Sub(v, -1, chanceValue(game.infoset(v), kids, own, k), kids)};
    }
    int mover = game.player(v) - 1;
    BigFraction best = kids[0].value[mover];
    int ties = 1;
    for (int a = 1; a < kids.length; a++) {
      int c = kids[a].value[mover].compareTo(best);
      if (c > 0) {
        best = kids[a].value[mover];
        ties = 1;
      } else if (c == 0) {
        ties++;
      }
    }
    Sub[] out = new Sub[ties];
    int t = 0;
    for (int a = 0; a < kids.length; a++) {
      if (kids[a].value[mover].compareTo(best) == 0) {
        out[t++] = new Sub(v, a, plus(kids[a].value, own), kids);
      }
    }
    return out;
  }

  private static BigFraction[] chanceValue(Infoset s, Sub[] kids, BigFraction[] own, int k) {
    BigFraction[] x = new BigFraction[k];
    Arrays.fill(x, BigFraction.ZERO);
    for (int a = 0; a < kids.length; a++) {
      BigFraction p = s.probabilities().get(a);
      if (p.getNumerator().signum() != 0) {
        for (int j = 0; j < k; j++) {
          x[j] = x[j].add(p.multiply(kids[a].value[j]));
        }
      }
    }
    return own == null ? x : plus(x, own);
  }

  private static BigFraction[] plus(BigFraction[] x, BigFraction[] own) {
    if (own == null) {
      return x;
    }
    BigFraction[] y = new BigFraction[x.length];
    for (int j = 0; j < x.length; j++) {
      y[j] = x[j].add(own[j]);
    }
    return y;
  }

  private static Equilibrium decode(ExtensiveGame game, Sub root) {
    Integer[] actions = new Integer[game.numPersonalInfosets()];
    SortedMap<Integer, BigFraction> reached = new TreeMap<>();
    // Every sub-equilibrium with the probability of reaching it (0 off the path).
    List<Sub> stack = new ArrayList<>();
    List<BigFraction> probs = new ArrayList<>();
    stack.add(root);
    probs.add(BigFraction.ONE);
    while (!stack.isEmpty()) {
      Sub s = stack.remove(stack.size() - 1);
      BigFraction p = probs.remove(probs.size() - 1);
      int v = s.node;
      if (game.isTerminal(v)) {
        if (p.getNumerator().signum() != 0) {
          reached.put(v, p.reduce());
        }
        continue;
      }
      Infoset info = game.infoset(v);
      if (!info.isChance()) {
        actions[info.index()] = s.action;
      }
      for (int a = 0; a < s.kids.length; a++) {
        BigFraction q =
            info.isChance()
                ? p.multiply(info.probabilities().get(a))
                : a == s.action ? p : BigFraction.ZERO;
        stack.add(s.kids[a]);
        probs.add(q);
      }
    }
    List<BigFraction> payoffs = Arrays.stream(root.value).map(BigFraction::reduce).toList();
    return new Equilibrium(Arrays.asList(actions), payoffs, reached);
  }
}
