package org.leverage.game.tree;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.GameTooLargeException;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.Player;

/**
 * The reduced strategic form of a game tree (or of the subgame below one node), in Gambit's order
 * of reduced strategies.
 *
 * <p>A reduced strategy of player {@code i} names an action at exactly those of {@code i}'s
 * information sets that its own earlier choices do not exclude. They are enumerated as Gambit's
 * {@code MakeReducedStrats} does: a depth-first walk of the tree that follows every branch of
 * chance and of the other players but only the chosen branch of {@code i}; at each of {@code i}'s
 * sets met for the first time the walk branches over its actions in order. So the set met first is
 * the most significant digit and action 1 comes before action 2. Labels are Gambit's: one digit
 * (1-based action) per information set of the player in the (sub)tree, {@code *} where the strategy
 * names none.
 *
 * <p>Payoffs: each cell is evaluated exactly by one walk of the (sub)tree, so building costs cells
 * times nodes. Strategies are enumerated with recursion as deep as the number of sets one strategy
 * decides; the reduced form of a large tree is far too big anyway and the {@link NormalFormGame}
 * size limit stops it early.
 */
public final class ReducedNormalForm {

  /** Most reduced strategies per player before construction gives up. */
  public static final int MAX_STRATEGIES = 1_000_000;

  private final ExtensiveGame tree;
  private final int root;
  // strategies.get(p)[s][i] = action at personal infoset i (global index), -1 if none.
  private final ImmutableList<int[][]> strategies;
  private final NormalFormGame game;

  private ReducedNormalForm(ExtensiveGame tree, int root) {
    if (root < 0 || root >= tree.numNodes()) {
      throw new IllegalArgumentException("root node " + root + " out of range");
    }
    this.tree = tree;
    this.root = root;
    ImmutableList.Builder<int[][]> all = ImmutableList.builder();
    List<Player> players = new ArrayList<>();
    for (int p = 1; p <= tree.numPlayers(); p++) {
      List<int[]> list = new ArrayList<>();
      int[] assign = new int[tree.numPersonalInfosets()];
      Arrays.fill(assign, -1);
      enumerate(p, new int[] {root}, 1, assign, list);
      int[][] arr = list.toArray(new int[0][]);
      all.add(arr);
      players.add(new Player(tree.players().get(p - 1), labels(p, arr)));
    }
    this.strategies = all.build();
    int cells = NormalFormGame.checkedCellCount(players);
    BigFraction[][] payoffs = new BigFraction[cells][];
    int[] actions = new int[tree.numPersonalInfosets()];
    for (int c = 0; c < cells; c++) {
      int rest = c;
      for (int p = 0; p < players.size(); p++) {
        int n = players.get(p).numStrategies();
        int[] s = strategies.get(p)[rest % n];
        rest /= n;
        for (int i = 0; i < actions.length; i++) {
          if (tree.infosets().get(i).player() == p + 1) {
            actions[i] = s[i];
          }
        }
      }
      payoffs[c] = playOut(actions);
    }
    this.game = NormalFormGame.ofPayoffs(tree.title(), tree.comment(), players, payoffs);
  }

  /** The reduced strategic form of the whole tree. */
  public static ReducedNormalForm of(ExtensiveGame tree) {
    return new ReducedNormalForm(tree, 0);
  }

  /**
   * The reduced strategic form of the subtree below {@code root}, payoffs counted from {@code root}
   * on (outcomes above it excluded). Meaningful as a game when {@code root} is a subgame root.
   */
  public static ReducedNormalForm of(ExtensiveGame tree, int root) {
    return new ReducedNormalForm(tree, root);
  }

  public ExtensiveGame tree() {
    return tree;
  }

  public int root() {
    return root;
  }

  /** The strategic form; player {@code p} (0-based) has {@link #numStrategies} strategies. */
  public NormalFormGame game() {
    return game;
  }

  public int numStrategies(int player) {
    return strategies.get(player).length;
  }

  /**
   * The action (0-based) that strategy {@code strategy} of {@code player} (both 0-based) takes at
   * personal information set {@code infoset} (global index), or -1 where it names none.
   */
  public int action(int player, int strategy, int infoset) {
    return strategies.get(player)[strategy][infoset];
  }

  /**
   * The behaviour profile of a pure reduced-strategy profile: probability 1 on the named action,
   * all zeros (unspecified) at sets the strategy does not name, including every set outside the
   * subtree. This is how Gambit prints pure equilibria of trees.
   */
  public BehaviourProfile behaviour(int... pureProfile) {
    if (pureProfile.length != strategies.size()) {
      throw new IllegalArgumentException(
          "profile has " + pureProfile.length + " strategies; expected " + strategies.size());
    }
    int[] actions = new int[tree.numPersonalInfosets()];
    Arrays.fill(actions, -1);
    for (int i = 0; i < actions.length; i++) {
      int p = tree.infosets().get(i).player() - 1;
      actions[i] = strategies.get(p)[pureProfile[p]][i];
    }
    return BehaviourProfile.pure(tree, actions);
  }

  /**
   * The behaviour profile equivalent to a mixed profile of the reduced form (Kuhn): at each set,
   * the probability of an action is the weight of the strategies that name it divided by the weight
   * of those that name any action there; zeros (unspecified) where that weight is 0. Equivalent to
   * the mixed profile when the tree has perfect recall.
   */
  public BehaviourProfile behaviour(MixedProfile mixed) {
    if (!mixed.fits(game)) {
      throw new IllegalArgumentException("mixed profile does not fit the reduced form");
    }
    ImmutableList.Builder<List<BigFraction>> rows = ImmutableList.builder();
    for (int i = 0; i < tree.numPersonalInfosets(); i++) {
      Infoset s = tree.infosets().get(i);
      int p = s.player() - 1;
      BigFraction[] row = new BigFraction[s.numActions()];
      Arrays.fill(row, BigFraction.ZERO);
      BigFraction total = BigFraction.ZERO;
      for (int k = 0; k < strategies.get(p).length; k++) {
        int a = strategies.get(p)[k][i];
        if (a >= 0) {
          row[a] = row[a].add(mixed.probability(p, k));
          total = total.add(mixed.probability(p, k));
        }
      }
      if (total.getNumerator().signum() != 0) {
        for (int a = 0; a < row.length; a++) {
          row[a] = row[a].divide(total);
        }
      }
      rows.add(Arrays.asList(row));
    }
    return new BehaviourProfile(rows.build());
  }

  private void enumerate(int player, int[] stack, int depth, int[] assign, List<int[]> out) {
    int[] st = stack;
    int d = depth;
    while (d > 0) {
      int v = st[--d];
      if (tree.isTerminal(v)) {
        continue;
      }
      int i = tree.infosetIndex(v);
      if (tree.player(v) != player) {
        int m = tree.numChildren(v);
        st = ensure(st, d + m);
        for (int a = m - 1; a >= 0; a--) {
          st[d++] = tree.child(v, a);
        }
      } else if (assign[i] >= 0) {
        st[d++] = tree.child(v, assign[i]);
      } else {
        for (int a = 0; a < tree.numChildren(v); a++) {
          int[] copy = Arrays.copyOf(st, Math.max(st.length, d + 1));
          copy[d] = tree.child(v, a);
          assign[i] = a;
          enumerate(player, copy, d + 1, assign, out);
        }
        assign[i] = -1;
        return;
      }
    }
    if (out.size() == MAX_STRATEGIES) {
      throw new GameTooLargeException(
          "player "
              + player
              + " has more than "
              + MAX_STRATEGIES
              + " reduced strategies, so the reduced strategic form is too large to build; use a"
              + " method that works on the tree itself: spe on perfect information, lcp or lp"
              + " (sequence form) for two players");
    }
    out.add(assign.clone());
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  private List<String> labels(int player, int[][] strats) {
    List<Integer> own = new ArrayList<>();
    for (Infoset s : tree.infosetsOf(player)) {
      int[] nodes = tree.infosetNodes(s.index());
      if (nodes[0] >= root && nodes[0] < tree.subtreeEnd(root)) {
        own.add(s.index());
      }
    }
    List<String> readable = new ArrayList<>();
    List<String> numbered = new ArrayList<>();
    for (int[] s : strats) {
      List<String> words = new ArrayList<>();
      StringBuilder digits = new StringBuilder();
      for (int i : own) {
        words.add(s[i] < 0 ? "*" : tree.infosets().get(i).actionName(s[i]));
        digits.append(s[i] < 0 ? "*" : String.valueOf(s[i] + 1));
      }
      readable.add(words.isEmpty() ? "*" : String.join("/", words));
      numbered.add(digits.length() == 0 ? "*" : digits.toString());
    }
    // Action labels per information set, "*" where the strategy never gets there (as Gambit's
    // GUI names them); Gambit's digits when labels repeat and would not tell strategies apart.
    return new java.util.HashSet<>(readable).size() == readable.size() ? readable : numbered;
  }

  /** Exact expected payoffs from {@code root} when every player follows {@code actions}. */
  private BigFraction[] playOut(int[] actions) {
    int k = tree.numPlayers();
    BigFraction[] total = new BigFraction[k];
    Arrays.fill(total, BigFraction.ZERO);
    int[] nodes = new int[16];
    BigFraction[] probs = new BigFraction[16];
    int d = 0;
    nodes[d] = root;
    probs[d++] = BigFraction.ONE;
    while (d > 0) {
      int v = nodes[--d];
      BigFraction p = probs[d];
      tree.outcomePayoffs(v)
          .ifPresent(
              pay -> {
                for (int j = 0; j < k; j++) {
                  total[j] = total[j].add(p.multiply(pay.get(j)));
                }
              });
      if (tree.isTerminal(v)) {
        continue;
      }
      Infoset s = tree.infoset(v);
      if (s.isChance()) {
        int m = tree.numChildren(v);
        if (d + m > nodes.length) {
          nodes = Arrays.copyOf(nodes, (d + m) * 2);
          probs = Arrays.copyOf(probs, (d + m) * 2);
        }
        for (int a = 0; a < m; a++) {
          BigFraction q = s.probabilities().get(a);
          if (q.getNumerator().signum() != 0) {
            nodes[d] = tree.child(v, a);
            probs[d++] = p.multiply(q);
          }
        }
      } else {
        if (actions[s.index()] < 0) {
          throw new IllegalStateException(
              s.describe() + " reached without an action: reduced strategies are inconsistent");
        }
        if (d + 1 > nodes.length) {
          nodes = Arrays.copyOf(nodes, nodes.length * 2);
          probs = Arrays.copyOf(probs, probs.length * 2);
        }
        nodes[d] = tree.child(v, actions[s.index()]);
        probs[d++] = p;
      }
    }
    for (int j = 0; j < k; j++) {
      total[j] = total[j].reduce();
    }
    return total;
  }
}
