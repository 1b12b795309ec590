package org.leverage.game.tree;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.Outcome;
import org.leverage.numeric.Rationals;

/**
 * An immutable finite game tree (extensive form) with chance moves, information sets and outcomes
 * at any node.
 *
 * <p>Nodes are numbered 0, 1, ... in preorder (root first, children left to right), which is the
 * order of a Gambit {@code .efg} file; the subtree of node {@code n} is the interval {@code [n,
 * subtreeEnd(n))}. The tree is held in primitive arrays so that trees of millions of nodes fit; no
 * method recurses, so deep trees cannot overflow the stack.
 *
 * <p>Payoffs: an outcome may sit at any node, terminal or not; a play's payoff is the sum of the
 * outcomes of the nodes on its path (Gambit's convention). Outcome number 0 means none.
 *
 * <p>Labels of nodes, information sets, actions and outcomes are descriptive: they may be empty and
 * may repeat. Information sets are identified by (player, number), outcomes by number, as in Gambit
 * files; both numbers are kept so that a file written back reads to an equal game. Equality is
 * structural and includes every label and number.
 *
 * <p>Build with {@link #builder}, adding nodes in preorder.
 */
public final class ExtensiveGame {

  /** {@link #player(int)} of a terminal node. */
  public static final int TERMINAL = -1;

  private final String title;
  private final String comment;
  private final ImmutableList<String> players;
  private final String[] nodeLabels;
  private final int[] nodePlayer;
  private final int[] nodeInfoset;
  private final int[] nodeOutcome;
  private final int[] parent;
  private final int[] childStart;
  private final int[] children;
  private final int[] subtreeEnd;
  private final ImmutableList<Infoset> infosets;
  private final int numPersonalInfosets;
  private final int[][] infosetNodes;
  private final ImmutableSortedMap<Integer, Outcome> outcomes;

  private ExtensiveGame(Builder b, ImmutableList<Infoset> infosets, int[] nodeInfoset) {
    this.title = b.title;
    this.comment = b.comment;
    this.players = b.players;
    int n = b.size;
    this.nodeLabels = Arrays.copyOf(b.nodeLabels, n);
    this.nodePlayer = Arrays.copyOf(b.nodePlayer, n);
    this.nodeInfoset = nodeInfoset;
    this.nodeOutcome = Arrays.copyOf(b.nodeOutcome, n);
    this.parent = Arrays.copyOf(b.parent, n);
    this.infosets = infosets;
    this.numPersonalInfosets = (int) infosets.stream().filter(i -> !i.isChance()).count();
    this.outcomes = ImmutableSortedMap.copyOf(b.outcomes);
    // Children in compressed rows; preorder puts each node's children in increasing order.
    int[] count = new int[n + 1];
    for (int v = 1; v < n; v++) {
      count[parent[v] + 1]++;
    }
    this.childStart = new int[n + 1];
    for (int v = 0; v < n; v++) {
      childStart[v + 1] = childStart[v] + count[v + 1];
    }
    this.children = new int[Math.max(0, n - 1)];
    int[] fill = Arrays.copyOf(childStart, n);
    for (int v = 1; v < n; v++) {
      children[fill[parent[v]]++] = v;
    }
    this.subtreeEnd = new int[n];
    for (int v = n - 1; v >= 0; v--) {
      int end = v + 1;
      int lastChild = childStart[v + 1] - 1;
      if (lastChild >= childStart[v]) {
        end = subtreeEnd[children[lastChild]];
      }
      subtreeEnd[v] = end;
    }
    int[] sizes = new int[infosets.size()];
    for (int v = 0; v < n; v++) {
      if (nodeInfoset[v] >= 0) {
        sizes[nodeInfoset[v]]++;
      }
    }
    this.infosetNodes = new int[infosets.size()][];
    for (int i = 0; i < sizes.length; i++) {
      infosetNodes[i] = new int[sizes[i]];
    }
    int[] pos = new int[infosets.size()];
    for (int v = 0; v < n; v++) {
      if (nodeInfoset[v] >= 0) {
        infosetNodes[nodeInfoset[v]][pos[nodeInfoset[v]]++] = v;
      }
    }
  }

  /** Starts a tree with these players (labels, in order; player numbers are 1-based). */
  public static Builder builder(String title, String comment, List<String> players) {
    return new Builder(title, comment, players);
  }

  public String title() {
    return title;
  }

  public String comment() {
    return comment;
  }

  /** Player labels; player {@code p} (1-based) is {@code players().get(p - 1)}. */
  public List<String> players() {
    return players;
  }

  public int numPlayers() {
    return players.size();
  }

  public int numNodes() {
    return nodePlayer.length;
  }

  public String nodeLabel(int node) {
    return nodeLabels[node];
  }

  /** The 1-based player moving at {@code node}, 0 for chance, {@link #TERMINAL} for a leaf. */
  public int player(int node) {
    return nodePlayer[node];
  }

  public boolean isTerminal(int node) {
    return nodePlayer[node] == TERMINAL;
  }

  /** Index into {@link #infosets()} of the set containing {@code node}, or -1 for a leaf. */
  public int infosetIndex(int node) {
    return nodeInfoset[node];
  }

  public Infoset infoset(int node) {
    return infosets.get(nodeInfoset[node]);
  }

  /** The outcome number at {@code node}, 0 for none. */
  public int outcomeNumber(int node) {
    return nodeOutcome[node];
  }

  /** The parent of {@code node}, or -1 for the root. */
  public int parent(int node) {
    return parent[node];
  }

  public int numChildren(int node) {
    return childStart[node + 1] - childStart[node];
  }

  /** The child reached by action {@code action} (0-based) at {@code node}. */
  public int child(int node, int action) {
    if (action < 0 || action >= numChildren(node)) {
      throw new IllegalArgumentException(
          "action "
              + action
              + " out of range at node "
              + node
              + " with "
              + numChildren(node)
              + " actions");
    }
    return children[childStart[node] + action];
  }

  /** The position of {@code node} among its parent's children (the action leading to it). */
  public int actionLeadingTo(int node) {
    int p = parent[node];
    if (p < 0) {
      throw new IllegalArgumentException("the root has no action leading to it");
    }
    return Arrays.binarySearch(children, childStart[p], childStart[p + 1], node) - childStart[p];
  }

  /** One past the last node of the subtree of {@code node}, in preorder. */
  public int subtreeEnd(int node) {
    return subtreeEnd[node];
  }

  /** All information sets: players' in {@code NE,} order, then chance's. */
  public List<Infoset> infosets() {
    return infosets;
  }

  /** The number of personal (non-chance) information sets; they come first in the list. */
  public int numPersonalInfosets() {
    return numPersonalInfosets;
  }

  /** The personal information sets of player {@code player} (1-based), in order. */
  public List<Infoset> infosetsOf(int player) {
    return infosets.stream()
        .filter(i -> i.player() == player)
        .collect(ImmutableList.toImmutableList());
  }

  /** The nodes of information set {@code index}, in preorder. */
  public int[] infosetNodes(int index) {
    return infosetNodes[index].clone();
  }

  /** Outcomes by number (all numbers positive). */
  public SortedMap<Integer, Outcome> outcomes() {
    return outcomes;
  }

  /** The payoffs of the outcome at {@code node}, or empty when it has none. */
  public Optional<List<BigFraction>> outcomePayoffs(int node) {
    int o = nodeOutcome[node];
    return o == 0 ? Optional.empty() : Optional.of(outcomes.get(o).payoffs());
  }

  /** Whether every personal information set has exactly one node. */
  public boolean isPerfectInformation() {
    for (int i = 0; i < numPersonalInfosets; i++) {
      if (infosetNodes[i].length != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why this tree lacks perfect recall, or empty when it has it. A player has perfect recall when
   * no path meets one of its information sets twice (no absent-mindedness) and all nodes of each of
   * its sets follow the same sequence of its own earlier information sets and actions. Checked in
   * linear time: it suffices that the nodes of each set agree on the player's last own (set,
   * action) before them.
   */
  public Optional<String> perfectRecallViolation() {
    int n = numNodes();
    int k = numPlayers();
    // lastOwn[node * k + (p-1)] encodes player p's last own move above node: -1 = none, else
    // infoset * maxActions + action.
    int maxActions = 1;
    for (Infoset s : infosets) {
      maxActions = Math.max(maxActions, s.numActions());
    }
    long[] lastOwn = new long[n * k];
    Arrays.fill(lastOwn, 0, k, -1);
    for (int v = 1; v < n; v++) {
      int p = parent[v];
      System.arraycopy(lastOwn, p * k, lastOwn, v * k, k);
      int mover = nodePlayer[p];
      if (mover > 0) {
        lastOwn[v * k + mover - 1] = (long) nodeInfoset[p] * maxActions + actionLeadingTo(v);
      }
    }
    Optional<String> absentMinded = absentMindedness();
    if (absentMinded.isPresent()) {
      return absentMinded;
    }
    for (int i = 0; i < numPersonalInfosets; i++) {
      Infoset s = infosets.get(i);
      int[] nodes = infosetNodes[i];
      long first = lastOwn[nodes[0] * k + s.player() - 1];
      for (int node : nodes) {
        long own = lastOwn[node * k + s.player() - 1];
        if (own != first) {
          InfosetNames names = InfosetNames.of(this);
          return Optional.of(
              names.describe(s)
                  + " has nodes with different own histories: node "
                  + nodes[0]
                  + " follows "
                  + describeOwn(names, first, maxActions)
                  + ", node "
                  + node
                  + " follows "
                  + describeOwn(names, own, maxActions));
        }
      }
    }
    return Optional.empty();
  }

  /** A set met twice on one path, found in one preorder sweep with the current path. */
  private Optional<String> absentMindedness() {
    int n = numNodes();
    int[] onPath = new int[infosets.size()];
    int[] firstOnPath = new int[infosets.size()];
    int[] path = new int[n];
    int depth = 0;
    for (int v = 0; v < n; v++) {
      while (depth > 0 && path[depth - 1] != parent[v]) {
        int u = path[--depth];
        if (nodeInfoset[u] < numPersonalInfosets) {
          onPath[nodeInfoset[u]]--;
        }
      }
      int i = nodeInfoset[v];
      if (i >= 0 && i < numPersonalInfosets) {
        if (onPath[i] > 0) {
          return Optional.of(
              InfosetNames.of(this).describe(infosets.get(i))
                  + " is absent-minded: nodes "
                  + firstOnPath[i]
                  + " and "
                  + v
                  + " lie on one path");
        }
        onPath[i]++;
        firstOnPath[i] = v;
      }
      if (i >= 0) {
        path[depth++] = v;
      }
    }
    return Optional.empty();
  }

  private String describeOwn(InfosetNames names, long code, int maxActions) {
    if (code < 0) {
      return "no earlier move of the player";
    }
    Infoset s = infosets.get((int) (code / maxActions));
    int a = (int) (code % maxActions);
    return "action " + (a + 1) + " (\"" + s.actions().get(a) + "\") at " + names.describe(s);
  }

  /** Whether the tree has perfect recall; see {@link #perfectRecallViolation()}. */
  public boolean hasPerfectRecall() {
    return perfectRecallViolation().isEmpty();
  }

  /**
   * Throws {@link IllegalArgumentException} naming the violation unless the tree has perfect
   * recall; for solvers that need it.
   */
  public void requirePerfectRecall(String method) {
    perfectRecallViolation()
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(
                  method + " needs a game with perfect recall, but " + why);
            });
  }

  /**
   * The roots of subgames, in preorder: non-terminal nodes whose subtree contains, with each of its
   * nodes, every node of that node's personal information set. The root is always one. Linear time:
   * each set's preorder span is compared with the subtree's interval.
   */
  public int[] subgameRoots() {
    int n = numNodes();
    int[] lo = new int[n];
    int[] hi = new int[n];
    for (int v = 0; v < n; v++) {
      int i = nodeInfoset[v];
      if (i >= 0 && i < numPersonalInfosets) {
        int[] nodes = infosetNodes[i];
        lo[v] = nodes[0];
        hi[v] = nodes[nodes.length - 1];
      } else {
        lo[v] = v;
        hi[v] = v;
      }
    }
    for (int v = n - 1; v > 0; v--) {
      int p = parent[v];
      lo[p] = Math.min(lo[p], lo[v]);
      hi[p] = Math.max(hi[p], hi[v]);
    }
    int[] roots = new int[n];
    int count = 0;
    for (int v = 0; v < n; v++) {
      if (!isTerminal(v) && lo[v] >= v && hi[v] < subtreeEnd[v]) {
        roots[count++] = v;
      }
    }
    return Arrays.copyOf(roots, count);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ExtensiveGame g
        && title.equals(g.title)
        && comment.equals(g.comment)
        && players.equals(g.players)
        && Arrays.equals(nodeLabels, g.nodeLabels)
        && Arrays.equals(nodePlayer, g.nodePlayer)
        && Arrays.equals(nodeInfoset, g.nodeInfoset)
        && Arrays.equals(nodeOutcome, g.nodeOutcome)
        && Arrays.equals(parent, g.parent)
        && infosets.equals(g.infosets)
        && outcomes.equals(g.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, players, Arrays.hashCode(nodePlayer), Arrays.hashCode(parent));
  }

  @Override
  public String toString() {
    return "ExtensiveGame[\""
        + title
        + "\", "
        + players.size()
        + " players, "
        + numNodes()
        + " nodes, "
        + infosets.size()
        + " information sets]";
  }

  /**
   * Adds nodes in preorder, as a Gambit file lists them. Information sets and outcomes are declared
   * before the first node that uses them. Every method throws {@link IllegalArgumentException}
   * naming the broken rule.
   */
  public static final class Builder {
    private final String title;
    private final String comment;
    private final ImmutableList<String> players;
    private final Map<Long, Infoset> declared = new LinkedHashMap<>();
    private final Map<Long, Integer> firstUse = new LinkedHashMap<>();
    private final SortedMap<Integer, Outcome> outcomes = new TreeMap<>();
    private String[] nodeLabels = new String[16];
    private int[] nodePlayer = new int[16];
    private long[] nodeInfosetKey = new long[16];
    private int[] nodeOutcome = new int[16];
    private int[] parent = new int[16];
    private int size;
    // Open nodes that still expect children: node and how many children it still expects.
    private int[] openNode = new int[16];
    private int[] openRemaining = new int[16];
    private int openDepth;
    // Sum of openRemaining, kept so that missingNodes() is O(1).
    private long missing;

    private Builder(String title, String comment, List<String> players) {
      this.title = Objects.requireNonNullElse(title, "");
      this.comment = Objects.requireNonNullElse(comment, "");
      this.players = ImmutableList.copyOf(players);
      if (this.players.isEmpty()) {
        throw new IllegalArgumentException("a game tree needs at least one player");
      }
    }

    private static String format(List<BigFraction> xs) {
      return xs.stream().map(Rationals::format).toList().toString();
    }

    private static long key(int player, int number) {
      return ((long) player << 32) | (number & 0xffffffffL);
    }

    /**
     * Declares personal information set {@code number} of {@code player}, or checks a repeated
     * declaration: the action count must agree; later labels are ignored (Gambit files often repeat
     * them, and only the first declaration is written back).
     */
    public Builder infoset(int player, int number, String label, List<String> actions) {
      checkPlayer(player);
      return declare(new Infoset(-1, player, number, label, actions, List.of()));
    }

    /**
     * Declares chance information set {@code number}, or checks a repeated declaration: actions and
     * probabilities must agree in number and value.
     */
    public Builder chanceInfoset(
        int number, String label, List<String> actions, List<BigFraction> probabilities) {
      return declare(new Infoset(-1, 0, number, label, actions, probabilities));
    }

    private Builder declare(Infoset s) {
      Infoset old = declared.get(key(s.player(), s.number()));
      if (old == null) {
        declared.put(key(s.player(), s.number()), s);
        return this;
      }
      if (old.numActions() != s.numActions()) {
        throw new IllegalArgumentException(
            old.describe()
                + " was declared with "
                + old.numActions()
                + " actions but is used here with "
                + s.numActions());
      }
      if (!old.probabilities().equals(s.probabilities())) {
        throw new IllegalArgumentException(
            old.describe()
                + " was declared with probabilities "
                + format(old.probabilities())
                + " but is used here with "
                + format(s.probabilities()));
      }
      return this;
    }

    /** Whether {@code player}'s information set {@code number} (0: chance) is declared. */
    public boolean isDeclared(int player, int number) {
      return declared.containsKey(key(player, number));
    }

    /** Whether outcome {@code number} is declared. */
    public boolean isOutcomeDeclared(int number) {
      return outcomes.containsKey(number);
    }

    /**
     * Declares outcome {@code number} (positive), or checks a repeated declaration: payoffs must
     * agree; later labels are ignored.
     */
    public Builder outcome(int number, String label, List<BigFraction> payoffs) {
      if (number <= 0) {
        throw new IllegalArgumentException("outcome number must be positive but was " + number);
      }
      if (payoffs.size() != players.size()) {
        throw new IllegalArgumentException(
            "outcome "
                + number
                + " has "
                + payoffs.size()
                + " payoffs; expected "
                + players.size()
                + " (one per player)");
      }
      Outcome o = new Outcome(label, payoffs);
      Outcome old = outcomes.putIfAbsent(number, o);
      if (old != null && !old.payoffs().equals(o.payoffs())) {
        throw new IllegalArgumentException(
            "outcome "
                + number
                + " was declared with payoffs "
                + format(old.payoffs())
                + " but is used here with "
                + format(o.payoffs()));
      }
      return this;
    }

    /** Adds a decision node of {@code player} in its declared information set. */
    public Builder decision(String label, int player, int infosetNumber, int outcome) {
      checkPlayer(player);
      return addNode(label, player, infosetNumber, outcome);
    }

    /** Adds a chance node in its declared chance information set. */
    public Builder chance(String label, int infosetNumber, int outcome) {
      return addNode(label, 0, infosetNumber, outcome);
    }

    /** Adds a leaf. */
    public Builder terminal(String label, int outcome) {
      return addNode(label, TERMINAL, 0, outcome);
    }

    /** The number of nodes still missing before the tree is complete (0 when complete). */
    public long missingNodes() {
      return size == 0 ? 1 : missing;
    }

    private void checkPlayer(int player) {
      if (player < 1 || player > players.size()) {
        throw new IllegalArgumentException(
            "player number must be between 1 and " + players.size() + " but was " + player);
      }
    }

    private Builder addNode(String label, int player, int infosetNumber, int outcome) {
      if (size > 0 && openDepth == 0) {
        throw new IllegalArgumentException("the tree is already complete; no node may follow");
      }
      if (outcome < 0) {
        throw new IllegalArgumentException("outcome number must be >= 0 but was " + outcome);
      }
      if (outcome > 0 && !outcomes.containsKey(outcome)) {
        throw new IllegalArgumentException("outcome " + outcome + " is used before it is declared");
      }
      int numActions = 0;
      long k = -1;
      if (player != TERMINAL) {
        k = key(player, infosetNumber);
        Infoset s = declared.get(k);
        if (s == null) {
          throw new IllegalArgumentException(
              Infoset.playerName(player)
                  + "'s information set "
                  + infosetNumber
                  + " is used before it is declared with its actions");
        }
        numActions = s.numActions();
        firstUse.putIfAbsent(k, size);
      }
      grow();
      nodeLabels[size] = Objects.requireNonNullElse(label, "");
      nodePlayer[size] = player;
      nodeInfosetKey[size] = k;
      nodeOutcome[size] = outcome;
      if (size == 0) {
        parent[size] = -1;
      } else {
        parent[size] = openNode[openDepth - 1];
        missing--;
        if (--openRemaining[openDepth - 1] == 0) {
          openDepth--;
        }
      }
      if (numActions > 0) {
        if (openDepth == openNode.length) {
          openNode = Arrays.copyOf(openNode, openDepth * 2);
          openRemaining = Arrays.copyOf(openRemaining, openDepth * 2);
        }
        openNode[openDepth] = size;
        openRemaining[openDepth++] = numActions;
        missing += numActions;
      }
      size++;
      return this;
    }

    private void grow() {
      if (size == nodePlayer.length) {
        int cap = size * 2;
        nodeLabels = Arrays.copyOf(nodeLabels, cap);
        nodePlayer = Arrays.copyOf(nodePlayer, cap);
        nodeInfosetKey = Arrays.copyOf(nodeInfosetKey, cap);
        nodeOutcome = Arrays.copyOf(nodeOutcome, cap);
        parent = Arrays.copyOf(parent, cap);
      }
    }

    /** The finished tree; information sets never used by a node are dropped. */
    public ExtensiveGame build() {
      if (missingNodes() > 0) {
        throw new IllegalArgumentException(
            "the tree is incomplete: " + missingNodes() + " more node(s) expected");
      }
      // Index order: players 1..n, each in order of first use in preorder, then chance.
      List<Long> used = new ArrayList<>(firstUse.keySet());
      used.sort(
          (x, y) -> {
            int px = (int) (x >>> 32);
            int py = (int) (y >>> 32);
            int gx = px == 0 ? Integer.MAX_VALUE : px;
            int gy = py == 0 ? Integer.MAX_VALUE : py;
            return gx != gy ? Integer.compare(gx, gy) : firstUse.get(x) - firstUse.get(y);
          });
      Map<Long, Integer> indexOf = new HashMap<>();
      ImmutableList.Builder<Infoset> list = ImmutableList.builder();
      for (long k : used) {
        Infoset s = declared.get(k);
        indexOf.put(k, indexOf.size());
        list.add(
            new Infoset(
                indexOf.size() - 1,
                s.player(),
                s.number(),
                s.label(),
                s.actions(),
                s.probabilities()));
      }
      int[] nodeInfoset = new int[size];
      for (int v = 0; v < size; v++) {
        nodeInfoset[v] = nodeInfosetKey[v] < 0 ? -1 : indexOf.get(nodeInfosetKey[v]);
      }
      return new ExtensiveGame(this, list.build(), nodeInfoset);
    }
  }
}
