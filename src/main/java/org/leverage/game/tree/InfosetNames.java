package org.leverage.game.tree;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Readable names of the information sets of one tree: the one place that says what a set is called
 * in text, JSON and messages.
 *
 * <p>The rule, deterministic and depending on the tree alone:
 *
 * <ol>
 *   <li>A set with a label (not blank) is called by its label.
 *   <li>A set without one is called by the moves leading to it, as reduced strategies are called by
 *       their actions: the action labels from the root to the set's node, chance's moves included,
 *       joined by {@code /}: {@code after In}, {@code after L/r}; {@code start} for the set at the
 *       root. An action without a label, or whose label another action of its set shares, is
 *       written as its 1-based number. Of a history longer than {@value #SHOWN_MOVES} moves the
 *       first {@value #HEAD} and the last {@value #TAIL} are kept, with {@code ...} for the rest.
 *   <li>A set of several nodes at one depth writes, move by move, the move its nodes share or
 *       {@code *} where they differ: <code>after &#42;/Raise</code> (a card unseen, then Raise).
 *       When its nodes lie at different depths it keeps the moves all of them share at the start
 *       (at most {@value #HEAD}) and at the end (at most {@value #TAIL}) around {@code ...}, or,
 *       sharing none, lists the nodes' histories as in step 4.
 *   <li>Where step 3 gives a set the name of another set of the same player (chance counts as a
 *       player), it spells out what differs instead: the moves at each position where its nodes
 *       differ, {@code (MP|PD)}, or, at different depths, the nodes' whole histories, {@code
 *       (1|2/B)}; in order of the nodes in the file.
 *   <li>Names of one player's sets that still coincide all get {@code " #N"}, {@code N} the set's
 *       number in the file (unique per player). Should that leave two equal (a label that itself
 *       ends in {@code " #N"}), every set of that player gets the suffix, which makes the names
 *       unique since no two sets of a player share a number.
 * </ol>
 *
 * <p>Cost: linear in the number of nodes plus {@value #SHOWN_MOVES} steps per node of a set; no
 * recursion.
 */
public final class InfosetNames {

  /** Histories up to this many moves are written whole. */
  static final int SHOWN_MOVES = 8;

  /** Moves kept from the start of a longer history. */
  static final int HEAD = 3;

  /** Moves kept from the end of a longer history. */
  static final int TAIL = 4;

  private static final String GAP = "...";
  private static final String DIFFERS = "*";

  private final ImmutableList<Infoset> infosets;
  private final ImmutableList<String> names;

  private InfosetNames(ExtensiveGame game) {
    this.infosets = ImmutableList.copyOf(game.infosets());
    List<Histories> histories = new ArrayList<>();
    Paths paths = new Paths(game);
    for (Infoset s : infosets) {
      histories.add(s.label().isBlank() ? paths.histories(game.infosetNodes(s.index())) : null);
    }
    String[] names = new String[infosets.size()];
    for (Infoset s : infosets) {
      Histories h = histories.get(s.index());
      names[s.index()] = h == null ? s.label() : h.name(false);
    }
    for (int i : collisions(names)) {
      if (histories.get(i) != null) {
        names[i] = histories.get(i).name(true);
      }
    }
    this.names = ImmutableList.copyOf(unique(names));
  }

  /** The names of the sets of {@code game}. */
  public static InfosetNames of(ExtensiveGame game) {
    return new InfosetNames(game);
  }

  /** The name of {@code set} (a set of the tree these names were made for). */
  public String name(Infoset set) {
    return name(set.index());
  }

  /** The name of the set at {@code index} in {@link ExtensiveGame#infosets()}. */
  public String name(int index) {
    return names.get(index);
  }

  /** Names by index in {@link ExtensiveGame#infosets()}. */
  public List<String> names() {
    return names;
  }

  /** The set described for messages: {@code player 2's information set 3 ("after In")}. */
  public String describe(Infoset set) {
    return Infoset.playerName(set.player())
        + "'s information set "
        + set.number()
        + " (\""
        + name(set)
        + "\")";
  }

  /** The moves on the path to each node, as far as names show them (steps 2 and 3). */
  private static final class Paths {
    private final ExtensiveGame game;
    private final int[] depth;
    // top[v]: the ancestor of v (or v) at depth min(depth(v), HEAD); preorder puts parents first.
    private final int[] top;
    private final Map<Integer, List<String>> moveNames = new HashMap<>();

    Paths(ExtensiveGame game) {
      this.game = game;
      int n = game.numNodes();
      this.depth = new int[n];
      this.top = new int[n];
      for (int v = 1; v < n; v++) {
        depth[v] = depth[game.parent(v)] + 1;
        top[v] = depth[v] <= HEAD ? v : top[game.parent(v)];
      }
    }

    Histories histories(int[] nodes) {
      List<List<String>> shown = new ArrayList<>();
      boolean sameDepth = true;
      for (int v : nodes) {
        shown.add(shownMoves(v));
        sameDepth &= depth[v] == depth[nodes[0]];
      }
      return new Histories(shown, sameDepth);
    }

    /** The whole history of {@code v}, or its first and last moves around {@code ...}. */
    private List<String> shownMoves(int v) {
      if (depth[v] <= SHOWN_MOVES) {
        return movesAbove(v, depth[v]);
      }
      List<String> moves = new ArrayList<>(movesAbove(top[v], HEAD));
      moves.add(GAP);
      moves.addAll(movesAbove(v, TAIL));
      return moves;
    }

    /** The last {@code count} moves on the path to {@code v}, in order from the root. */
    private List<String> movesAbove(int v, int count) {
      String[] moves = new String[count];
      int u = v;
      for (int k = count - 1; k >= 0; k--) {
        int p = game.parent(u);
        moves[k] = moveNames(game.infoset(p)).get(game.actionLeadingTo(u));
        u = p;
      }
      return Arrays.asList(moves);
    }

    /** Action names of {@code set}, numbers where labels are blank or repeat within the set. */
    private List<String> moveNames(Infoset set) {
      return moveNames.computeIfAbsent(
          set.index(),
          i -> {
            List<String> labels = new ArrayList<>();
            for (int a = 0; a < set.numActions(); a++) {
              labels.add(set.actionName(a));
            }
            List<String> names = new ArrayList<>();
            for (int a = 0; a < labels.size(); a++) {
              String label = labels.get(a);
              boolean repeated = labels.indexOf(label) != labels.lastIndexOf(label);
              names.add(repeated ? Integer.toString(a + 1) : label);
            }
            return names;
          });
    }
  }

  /** The shown moves to each node of one set, in preorder, and whether they are at one depth. */
  private record Histories(List<List<String>> shown, boolean sameDepth) {

    /** Step 3's name, or step 4's when {@code spellOut}. */
    String name(boolean spellOut) {
      List<String> words = new ArrayList<>();
      if (sameDepth) {
        for (int k = 0; k < shown.get(0).size(); k++) {
          List<String> moves = distinct(k, false);
          words.add(moves.size() == 1 ? moves.get(0) : spellOut ? group(moves) : DIFFERS);
        }
        if (words.isEmpty()) {
          return "start";
        }
      } else {
        int shortest = shown.stream().mapToInt(List::size).min().orElseThrow();
        int prefix = 0;
        while (prefix < Math.min(HEAD, shortest) && distinct(prefix, false).size() == 1) {
          prefix++;
        }
        int suffix = 0;
        while (suffix < Math.min(TAIL, shortest - prefix) && distinct(suffix, true).size() == 1) {
          suffix++;
        }
        if (spellOut || prefix + suffix == 0) {
          words.add(group(shown.stream().map(Histories::path).distinct().toList()));
        } else {
          List<String> first = shown.get(0);
          words.addAll(first.subList(0, prefix));
          words.add(GAP);
          words.addAll(first.subList(first.size() - suffix, first.size()));
        }
      }
      return "after " + String.join("/", words);
    }

    /** The distinct moves {@code k} places from the start (or end) of the histories, in order. */
    private List<String> distinct(int k, boolean fromEnd) {
      return shown.stream().map(h -> h.get(fromEnd ? h.size() - 1 - k : k)).distinct().toList();
    }

    private static String path(List<String> moves) {
      return moves.isEmpty() ? "start" : String.join("/", moves);
    }

    private static String group(List<String> alternatives) {
      return "(" + String.join("|", alternatives) + ")";
    }
  }

  /** Step 4 of the rule: suffixes where names of one player coincide. */
  private String[] unique(String[] base) {
    String[] named = base.clone();
    for (int i : collisions(base)) {
      named[i] = base[i] + " #" + infosets.get(i).number();
    }
    if (collisions(named).isEmpty()) {
      return named;
    }
    for (Infoset s : infosets) {
      named[s.index()] = base[s.index()] + " #" + s.number();
    }
    return named;
  }

  /** The indices of the sets whose name another set of the same player also has, in order. */
  private List<Integer> collisions(String[] names) {
    Map<List<Object>, Integer> count = new HashMap<>();
    for (Infoset s : infosets) {
      count.merge(List.of(s.player(), names[s.index()]), 1, Integer::sum);
    }
    List<Integer> out = new ArrayList<>();
    for (Infoset s : infosets) {
      if (count.get(List.of(s.player(), names[s.index()])) > 1) {
        out.add(s.index());
      }
    }
    return out;
  }
}
