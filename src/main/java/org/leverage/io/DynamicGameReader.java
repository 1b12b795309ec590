package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.dynamic.TabularDynamicGame;
import org.leverage.io.YamlTree.Entry;
import org.leverage.io.YamlTree.Mapping;
import org.leverage.io.YamlTree.Node;
import org.leverage.io.YamlTree.Scalar;
import org.leverage.io.YamlTree.Sequence;
import org.leverage.numeric.Rationals;
import org.leverage.solve.dynamic.Timing;

/**
 * Reads a two-player dynamic (stochastic) game in the project's YAML schema, version 1, into a
 * {@link TabularDynamicGame}:
 *
 * <pre>
 * version: 1
 * type: dynamic
 * title: A small stochastic game      # optional
 * comment: ...                        # optional
 * players: [US, China]                # exactly two names; the first leads under leader-follower
 * discount: 0.95                      # exact rational in (0, 1]; (0, 1) if horizon is infinite
 * horizon: 10                         # number of periods, or: infinite
 * tolerance: 1e-9                     # only with horizon: infinite; value iteration stops when
 *                                     #   no value changes by more (default 1e-9)
 * max_iterations: 100000              # only with horizon: infinite (default 100000)
 * timing: leader-follower             # or: simultaneous
 * initial_state: calm                 # or initial_distribution: {calm: 3/4, crisis: 1/4}
 * actions:                            # optional: the actions in every state that has none
 *   US: [OPEN, FULL]
 *   China: [DEPEND, INDIGENIZE]
 * states:                             # at least one; labels in order
 *   calm:
 *     actions: {US: [OPEN], China: [DEPEND, INDIGENIZE]}   # optional: this state's own
 *     payoffs:                        # first player's action, second player's action: [u1, u2]
 *       OPEN: {DEPEND: [3, 3], INDIGENIZE: [1, 2]}
 *       FULL: {DEPEND: [0, 0], INDIGENIZE: [0, 1]}
 *     transitions:                    # nested likewise: {successor: probability}, or a state
 *       OPEN: {DEPEND: calm, INDIGENIZE: {calm: 0.9, crisis: 0.1}}
 *       FULL: {DEPEND: crisis, INDIGENIZE: crisis}
 *     terminal: [0, 0]                # optional: values after the last period (default 0)
 *   crisis:
 *     payoffs: ...
 *     transition: {crisis: 1/2, calm: 1/2}  # instead of transitions: same for every pair
 * </pre>
 *
 * Every action pair of every state needs a payoff and a transition. Numbers are parsed exactly
 * ({@code 0.1}, {@code "1/3"}); the probabilities of each transition must be non-negative and sum
 * to exactly 1 in rational arithmetic (so {@code 1/3, 1/3, 1/3} is fine and {@code 0.33, 0.33,
 * 0.33} is an error). The game keeps these exact values for solving in rational arithmetic; the
 * {@code double} solvers see them rounded to the nearest double. Unknown keys, unknown states or
 * actions and missing pairs are errors naming the line and the field path, e.g. {@code
 * game.yaml:14: states.calm.transitions.OPEN.DEPEND: probabilities sum to 9/10, not 1}. Time and
 * memory are linear in the file size.
 */
public final class DynamicGameReader {

  static final String TYPE = "dynamic";
  private static final List<String> TOP_KEYS =
      List.of(
          "version",
          "type",
          "title",
          "comment",
          "players",
          "discount",
          "horizon",
          "tolerance",
          "max_iterations",
          "timing",
          "initial_state",
          "initial_distribution",
          "actions",
          "states");
  private static final List<String> TOP_REQUIRED =
      List.of("version", "type", "players", "discount", "horizon", "timing", "states");
  private static final List<String> STATE_KEYS =
      List.of("actions", "payoffs", "transitions", "transition", "terminal");
  private static final List<String> STATE_REQUIRED = List.of("payoffs");

  private DynamicGameReader() {}

  /** Reads {@code file} as strict UTF-8; the path as given names the file in messages. */
  public static DynamicGameSpec read(Path file) throws IOException, GameFormatException {
    return read(file.toString(), TextInput.read(file));
  }

  /**
   * Reads a dynamic game from YAML {@code text}.
   *
   * @param source the name of the input in error messages
   */
  public static DynamicGameSpec read(String source, String text) throws GameFormatException {
    YamlFields f = new YamlFields(source);
    Mapping top = f.document(text, TYPE, "a dynamic game", TOP_KEYS, TOP_REQUIRED);
    return new Reader(f).read(top);
  }

  private static final class Reader {
    private final YamlFields f;
    private List<String> players;
    private List<String> states;

    Reader(YamlFields f) {
      this.f = f;
    }

    DynamicGameSpec read(Mapping top) throws GameFormatException {
      String title = f.optionalText(top, "title");
      // The comment is for readers of the file; it is checked to be text and not kept.
      f.optionalText(top, "comment");
      players = names(YamlFields.required(top, "players"), "players", "player", 2);
      Node horizonNode = YamlFields.required(top, "horizon");
      boolean infinite = "infinite".equals(f.text(horizonNode, "horizon", "a horizon"));
      int horizon =
          infinite ? 1 : f.integer(horizonNode, "horizon", "a number of periods or infinite", 1);
      double tolerance = DynamicGameSpec.DEFAULT_TOLERANCE;
      int maxIterations = DynamicGameSpec.DEFAULT_MAX_ITERATIONS;
      for (String key : List.of("tolerance", "max_iterations")) {
        Optional<Entry> e = YamlFields.optional(top, key);
        if (e.isPresent() && !infinite) {
          throw f.error(
              e.get().keyLine(),
              key,
              "applies only to value iteration, i.e. with horizon: infinite");
        }
      }
      Optional<Entry> tol = YamlFields.optional(top, "tolerance");
      if (tol.isPresent()) {
        BigFraction t = f.rational(tol.get().value(), "tolerance", "a tolerance");
        if (t.compareTo(BigFraction.ZERO) <= 0) {
          throw f.error(
              tol.get().value().line(), "tolerance", "tolerance must be positive but was " + t);
        }
        tolerance = t.doubleValue();
      }
      Optional<Entry> max = YamlFields.optional(top, "max_iterations");
      if (max.isPresent()) {
        maxIterations = f.integer(max.get().value(), "max_iterations", "an iteration limit", 1);
      }
      Node discountNode = YamlFields.required(top, "discount");
      BigFraction discount = f.rational(discountNode, "discount", "a discount factor");
      BigFraction upper = BigFraction.ONE;
      if (discount.compareTo(BigFraction.ZERO) <= 0
          || discount.compareTo(upper) > 0
          || (infinite && discount.equals(upper))) {
        throw f.error(
            discountNode.line(),
            "discount",
            "discount factor must be in "
                + (infinite ? "(0, 1) for an infinite horizon" : "(0, 1]")
                + " but was "
                + discountNode.kindName());
      }
      Node timingNode = YamlFields.required(top, "timing");
      String timingText = f.text(timingNode, "timing", "simultaneous or leader-follower");
      Timing timing =
          switch (timingText) {
            case "simultaneous" -> Timing.SIMULTANEOUS;
            case "leader-follower" -> Timing.LEADER_FOLLOWER;
            default ->
                throw f.error(
                    timingNode.line(),
                    "timing",
                    "expected simultaneous or leader-follower but found " + timingNode.kindName());
          };
      Mapping stateMap =
          f.mapping(YamlFields.required(top, "states"), "states", "a mapping from state labels");
      if (stateMap.entries().isEmpty()) {
        throw f.error(stateMap.line(), "states", "expected at least one state");
      }
      states = List.copyOf(stateMap.entries().keySet());
      Optional<Entry> defaultActions = YamlFields.optional(top, "actions");
      List<List<List<String>>> actions = List.of(new ArrayList<>(), new ArrayList<>());
      for (Entry e : stateMap.entries().values()) {
        String path = YamlFields.child("states", e.key());
        Mapping s =
            f.mapping(e.value(), path, "a state with keys " + String.join(", ", STATE_KEYS));
        f.checkKeys(s, path, STATE_KEYS, STATE_REQUIRED);
        Optional<Entry> own = YamlFields.optional(s, "actions");
        List<List<String>> a;
        if (own.isPresent()) {
          a = actions(own.get().value(), YamlFields.child(path, "actions"));
        } else if (defaultActions.isPresent()) {
          a = actions(defaultActions.get().value(), "actions");
        } else {
          throw f.error(
              s.line(),
              path,
              "missing key \"actions\" (give the state's actions, or a top-level actions for"
                  + " every state)");
        }
        actions.get(0).add(a.get(0));
        actions.get(1).add(a.get(1));
      }
      TabularDynamicGame.Builder b = TabularDynamicGame.builder(players, states, actions);
      b.horizon(horizon).discount(discount);
      int index = 0;
      for (Entry e : stateMap.entries().values()) {
        readState(b, index, (Mapping) e.value(), YamlFields.child("states", e.key()), actions);
        index++;
      }
      List<Double> initial = initial(top);
      return new DynamicGameSpec(
          title, b.build(), timing, infinite, tolerance, maxIterations, initial);
    }

    private void readState(
        TabularDynamicGame.Builder b,
        int state,
        Mapping s,
        String path,
        List<List<List<String>>> actions)
        throws GameFormatException {
      List<String> rows = actions.get(0).get(state);
      List<String> cols = actions.get(1).get(state);
      String payoffPath = YamlFields.child(path, "payoffs");
      Mapping payoffs = f.mapping(YamlFields.required(s, "payoffs"), payoffPath, nested(0));
      for (int a = 0; a < rows.size(); a++) {
        String rowPath = YamlFields.child(payoffPath, rows.get(a));
        Mapping row = f.mapping(cell(payoffs, rows, 0, a, payoffPath), rowPath, nested(1));
        for (int c = 0; c < cols.size(); c++) {
          Node leaf = cell(row, cols, 1, c, rowPath);
          BigFraction[] u = pair(leaf, YamlFields.child(rowPath, cols.get(c)), "payoffs");
          b.payoffs(state, a, c, u[0], u[1]);
        }
      }
      Optional<Entry> perPair = YamlFields.optional(s, "transitions");
      Optional<Entry> same = YamlFields.optional(s, "transition");
      if (perPair.isPresent() == same.isPresent()) {
        throw f.error(
            s.line(),
            path,
            perPair.isPresent()
                ? "give transitions (per action pair) or transition (one for all pairs), not both"
                : "missing key \"transitions\" (per action pair) or \"transition\" (one"
                    + " distribution for every action pair)");
      }
      if (same.isPresent()) {
        Distribution d = distribution(same.get().value(), YamlFields.child(path, "transition"));
        b.transition(state, d.successors, d.probabilities);
      } else {
        String tPath = YamlFields.child(path, "transitions");
        Mapping t = f.mapping(perPair.get().value(), tPath, nested(0));
        for (int a = 0; a < rows.size(); a++) {
          String rowPath = YamlFields.child(tPath, rows.get(a));
          Mapping row = f.mapping(cell(t, rows, 0, a, tPath), rowPath, nested(1));
          for (int c = 0; c < cols.size(); c++) {
            Distribution d =
                distribution(
                    cell(row, cols, 1, c, rowPath), YamlFields.child(rowPath, cols.get(c)));
            b.transition(state, a, c, d.successors, d.probabilities);
          }
        }
      }
      Optional<Entry> terminal = YamlFields.optional(s, "terminal");
      if (terminal.isPresent()) {
        BigFraction[] v =
            pair(terminal.get().value(), YamlFields.child(path, "terminal"), "terminal values");
        b.terminalValues(state, v[0], v[1]);
      }
    }

    private String nested(int player) {
      return "a mapping from the actions of "
          + MessageText.quote(players.get(player))
          + (player == 0 ? " to the actions of " + MessageText.quote(players.get(1)) : "");
    }

    /**
     * The value for {@code names.get(index)} in {@code m}, after checking that {@code m} names only
     * known actions and names each one.
     */
    private Node cell(Mapping m, List<String> names, int player, int index, String path)
        throws GameFormatException {
      if (index == 0) {
        for (Entry e : m.entries().values()) {
          f.indexOf(
              names,
              e.key(),
              e.keyLine(),
              path,
              MessageText.quote(players.get(player)) + " action in this state:");
        }
      }
      Entry e = m.entries().get(names.get(index));
      if (e == null) {
        throw f.error(
            m.line(),
            path,
            "missing action "
                + MessageText.quote(names.get(index))
                + " of "
                + MessageText.quote(players.get(player))
                + " (every action pair needs an entry)");
      }
      return e.value();
    }

    private BigFraction[] pair(Node node, String path, String what) throws GameFormatException {
      Sequence list = f.list(node, path, "a list of 2 " + what + " (one per player)");
      if (list.items().size() != 2) {
        throw f.error(
            list.line(),
            path,
            "expected 2 " + what + " (one per player) but found " + list.items().size());
      }
      return new BigFraction[] {
        f.rational(list.items().get(0), path + "[0]", "a number"),
        f.rational(list.items().get(1), path + "[1]", "a number")
      };
    }

    private record Distribution(int[] successors, BigFraction[] probabilities) {}

    /** A state name (probability 1) or a mapping from states to probabilities summing to 1. */
    private Distribution distribution(Node node, String path) throws GameFormatException {
      if (node instanceof Scalar s && !s.isNull()) {
        return new Distribution(
            new int[] {f.indexOf(states, s.text(), s.line(), path, "state")},
            new BigFraction[] {BigFraction.ONE});
      }
      Mapping m =
          f.mapping(node, path, "a state name or a mapping from successor states to probabilities");
      if (m.entries().isEmpty()) {
        throw f.error(m.line(), path, "expected at least one successor state");
      }
      int n = m.entries().size();
      int[] successors = new int[n];
      BigFraction[] probabilities = new BigFraction[n];
      BigFraction sum = BigFraction.ZERO;
      int k = 0;
      for (Entry e : m.entries().values()) {
        successors[k] = f.indexOf(states, e.key(), e.keyLine(), path, "state");
        String p = YamlFields.child(path, e.key());
        BigFraction q = f.rational(e.value(), p, "a probability");
        if (q.compareTo(BigFraction.ZERO) < 0 || q.compareTo(BigFraction.ONE) > 0) {
          throw f.error(
              e.value().line(), p, "probability must be in [0, 1] but was " + e.value().kindName());
        }
        probabilities[k++] = q;
        sum = sum.add(q);
      }
      if (!sum.equals(BigFraction.ONE)) {
        throw f.error(
            m.line(),
            path,
            "probabilities sum to "
                + Rationals.format(sum)
                + ", not 1 (sums are checked exactly; write thirds as \"1/3\")");
      }
      return new Distribution(successors, probabilities);
    }

    private List<List<String>> actions(Node node, String path) throws GameFormatException {
      Mapping m =
          f.mapping(
              node,
              path,
              "a mapping from the player names "
                  + String.join(", ", players)
                  + " to lists of action labels");
      f.checkKeys(m, path, players, players);
      List<List<String>> out = new ArrayList<>();
      for (String p : players) {
        out.add(names(YamlFields.required(m, p), YamlFields.child(path, p), "action", 0));
      }
      return out;
    }

    /** A non-empty list of distinct names; exactly {@code count} of them unless 0. */
    private List<String> names(Node node, String path, String what, int count)
        throws GameFormatException {
      Sequence list = f.list(node, path, "a list of " + what + " names");
      int n = list.items().size();
      if (n == 0 || (count > 0 && n != count)) {
        throw f.error(
            list.line(),
            path,
            "expected "
                + (count > 0 ? Integer.toString(count) : "at least one")
                + " "
                + what
                + " name"
                + (count == 1 ? "" : "s")
                + " but found "
                + n);
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Node item = list.items().get(i);
        String name = f.text(item, path + "[" + i + "]", "a " + what + " name");
        if (name.isEmpty() || out.contains(name)) {
          throw f.error(
              item.line(),
              path + "[" + i + "]",
              (name.isEmpty() ? "empty " : "duplicate ")
                  + what
                  + " name "
                  + MessageText.quote(name)
                  + "; names must be unique and non-empty");
        }
        out.add(name);
      }
      return Collections.unmodifiableList(out);
    }

    private List<Double> initial(Mapping top) throws GameFormatException {
      Optional<Entry> single = YamlFields.optional(top, "initial_state");
      Optional<Entry> dist = YamlFields.optional(top, "initial_distribution");
      if (single.isPresent() == dist.isPresent()) {
        throw f.error(
            single.isPresent() ? dist.get().keyLine() : top.line(),
            "",
            single.isPresent()
                ? "give initial_state or initial_distribution, not both"
                : "missing key \"initial_state\" (or \"initial_distribution\"): where the expected"
                    + " path starts");
      }
      Distribution d =
          single.isPresent()
              ? distribution(single.get().value(), "initial_state")
              : distribution(dist.get().value(), "initial_distribution");
      Double[] p = new Double[states.size()];
      Arrays.fill(p, 0.0);
      for (int k = 0; k < d.successors.length; k++) {
        p[d.successors[k]] += d.probabilities[k].doubleValue();
      }
      return List.of(p);
    }
  }
}
