package org.leverage.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.math3.fraction.BigFraction;
import org.leverage.game.MixedProfile;
import org.leverage.game.NormalFormGame;
import org.leverage.game.ProfilePayoffs;
import org.leverage.game.repeated.RepeatedGame;
import org.leverage.game.repeated.StrategyAutomaton;
import org.leverage.io.YamlTree.Entry;
import org.leverage.io.YamlTree.Mapping;
import org.leverage.io.YamlTree.Node;
import org.leverage.io.YamlTree.Sequence;

/**
 * Reads a repeated two-player game in the project's YAML schema, version 1:
 *
 * <pre>
 * version: 1
 * type: repeated
 * title: Repeated prisoner's dilemma  # optional
 * comment: ...                        # optional
 * players:                            # exactly two; as in type: normal-form
 *   - name: Row
 *     strategies: [Cooperate, Defect]
 *   - name: Column
 *     strategies: [Cooperate, Defect]
 * payoffs:                            # as in type: normal-form
 *   Cooperate: {Cooperate: [3, 3], Defect: [0, 5]}
 *   Defect:    {Cooperate: [5, 0], Defect: [1, 1]}
 * discount: 9/10                      # required; exact rational in (0, 1), "a/b" quoted
 * horizon: 10                         # optional; periods, at least 1; absent or "infinite":
 *                                     #   infinite repetition
 * target: [Cooperate, Cooperate]      # optional; one strategy per player: profile to sustain
 * punishment: [Defect, Defect]        # optional; a pure stage Nash equilibrium for grim
 *                                     #   trigger; default (found by the analysis): the unique
 *                                     #   pure stage equilibrium, or with none a mixed one
 * automata:                           # optional; finite automata (Moore machines)
 *   - name: grim trigger
 *     player: Row                     # whose strategy it is (player name)
 *     states:                         # in order; the first is the start state
 *       - name: cooperate
 *         play: Cooperate             # the action played in this state
 *         on_profile:                 # next state after a stage profile, nested like payoffs
 *           Cooperate: {Cooperate: cooperate}
 *         otherwise: punish           # after every profile not listed (default: stay)
 *       - name: punish
 *         play: Defect                # no transitions: stays forever
 *   - name: tit-for-tat
 *     player: Column
 *     states:
 *       - name: nice
 *         play: Cooperate
 *         on_opponent: {Defect: nasty}  # next state after the opponent's action
 *       - name: nasty
 *         play: Defect
 *         on_opponent: {Cooperate: nice}
 * </pre>
 *
 * A state has {@code on_opponent} (keyed by the opponent's action) or {@code on_profile} (keyed by
 * player 1's then player 2's action), not both; profiles or actions not listed go to {@code
 * otherwise}, or stay in the state. Automaton names are unique per player.
 *
 * <p>The {@code title}, {@code comment}, {@code players} and {@code payoffs} entries are read by
 * {@link YamlGameReader} from the same parsed tree, so the stage game follows exactly the
 * normal-form rules and messages; any YAML style is accepted (block or flow). A {@code punishment}
 * is kept as written (checked to be a stage equilibrium); its default, the unique pure stage
 * equilibrium, is found by the analysis, not here. Errors are {@link GameFormatException}s naming
 * the line and the field path. Time and memory are linear in the file size.
 */
public final class RepeatedGameReader {

  static final String TYPE = "repeated";
  private static final List<String> TOP_KEYS =
      List.of(
          "version",
          "type",
          "title",
          "comment",
          "players",
          "payoffs",
          "discount",
          "horizon",
          "target",
          "punishment",
          "automata");
  private static final List<String> TOP_REQUIRED =
      List.of("version", "type", "players", "payoffs", "discount");

  private static final List<String> AUTOMATON_KEYS = List.of("name", "player", "states");
  private static final List<String> STATE_KEYS =
      List.of("name", "play", "on_opponent", "on_profile", "otherwise");
  private static final List<String> STATE_REQUIRED = List.of("name", "play");

  private RepeatedGameReader() {}

  /** Reads {@code file} as strict UTF-8; the path as given names the file in messages. */
  public static RepeatedGameSpec read(Path file) throws IOException, GameFormatException {
    return read(file.toString(), TextInput.read(file));
  }

  /**
   * Reads a repeated game from YAML {@code text}.
   *
   * @param source the name of the input in error messages
   */
  public static RepeatedGameSpec read(String source, String text) throws GameFormatException {
    YamlFields f = new YamlFields(source);
    Mapping top = f.document(text, TYPE, "a repeated game", TOP_KEYS, TOP_REQUIRED);
    NormalFormGame stage = YamlGameReader.read(f, top);
    if (stage.numPlayers() != 2) {
      throw f.error(
          top.entries().get("players").keyLine(),
          "players",
          "a repeated game needs exactly 2 players but " + stage.numPlayers() + " are listed");
    }
    Node discountNode = YamlFields.required(top, "discount");
    BigFraction discount = f.rational(discountNode, "discount", "a discount factor");
    if (discount.compareTo(BigFraction.ZERO) <= 0 || discount.compareTo(BigFraction.ONE) >= 0) {
      throw f.error(
          discountNode.line(),
          "discount",
          "discount factor must be strictly between 0 and 1 but was " + discountNode.kindName());
    }
    OptionalInt horizon = OptionalInt.empty();
    Optional<Entry> h = YamlFields.optional(top, "horizon");
    if (h.isPresent() && !"infinite".equals(f.text(h.get().value(), "horizon", "a horizon"))) {
      horizon =
          OptionalInt.of(
              f.integer(h.get().value(), "horizon", "a number of periods or infinite", 1));
    }
    RepeatedGame game = new RepeatedGame(stage, discount, horizon);
    Optional<Entry> targetEntry = YamlFields.optional(top, "target");
    Optional<List<Integer>> target = Optional.empty();
    if (targetEntry.isPresent()) {
      target = Optional.of(profile(f, stage, targetEntry.get().value(), "target"));
    }
    Optional<List<Integer>> punishment = Optional.empty();
    Optional<Entry> punishmentEntry = YamlFields.optional(top, "punishment");
    if (punishmentEntry.isPresent()) {
      Node node = punishmentEntry.get().value();
      List<Integer> p = profile(f, stage, node, "punishment");
      if (!ProfilePayoffs.isNashEquilibrium(stage, MixedProfile.pure(stage, toArray(p)))) {
        throw f.error(
            node.line(),
            "punishment",
            "grim trigger must revert to a Nash equilibrium of the stage game, but "
                + describe(stage, p)
                + " is not one");
      }
      punishment = Optional.of(p);
    }
    List<StrategyAutomaton> automata = new ArrayList<>();
    Optional<Entry> automataEntry = YamlFields.optional(top, "automata");
    if (automataEntry.isPresent()) {
      Sequence list = f.list(automataEntry.get().value(), "automata", "a list of automata");
      for (int k = 0; k < list.items().size(); k++) {
        StrategyAutomaton a = automaton(f, stage, list.items().get(k), "automata[" + k + "]");
        for (StrategyAutomaton other : automata) {
          if (other.player() == a.player() && other.name().equals(a.name())) {
            throw f.error(
                list.items().get(k).line(),
                "automata[" + k + "].name",
                "duplicate automaton name "
                    + MessageText.quote(a.name())
                    + " for player "
                    + MessageText.quote(stage.players().get(a.player()).name()));
          }
        }
        automata.add(a);
      }
    }
    return new RepeatedGameSpec(game, target, punishment, automata);
  }

  /** A pure profile written as one strategy name per player. */
  private static List<Integer> profile(YamlFields f, NormalFormGame stage, Node node, String path)
      throws GameFormatException {
    Sequence list = f.list(node, path, "a list of two strategy names, one per player");
    if (list.items().size() != 2) {
      throw f.error(
          list.line(),
          path,
          "expected 2 strategy names (one per player) but found " + list.items().size());
    }
    List<Integer> profile = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      Node item = list.items().get(p);
      String itemPath = path + "[" + p + "]";
      String name = f.text(item, itemPath, "a strategy name");
      profile.add(
          f.indexOf(
              stage.players().get(p).strategies(),
              name,
              item.line(),
              itemPath,
              MessageText.quote(stage.players().get(p).name()) + " strategy"));
    }
    return profile;
  }

  private static StrategyAutomaton automaton(
      YamlFields f, NormalFormGame stage, Node node, String path) throws GameFormatException {
    Mapping m = f.mapping(node, path, "a mapping with keys " + String.join(", ", AUTOMATON_KEYS));
    f.checkKeys(m, path, AUTOMATON_KEYS, AUTOMATON_KEYS);
    String name = f.text(YamlFields.required(m, "name"), path + ".name", "a name");
    Node playerNode = YamlFields.required(m, "player");
    List<String> playerNames =
        List.of(stage.players().get(0).name(), stage.players().get(1).name());
    int player =
        f.indexOf(
            playerNames,
            f.text(playerNode, path + ".player", "a player name"),
            playerNode.line(),
            path + ".player",
            "player");
    String statesPath = path + ".states";
    Sequence states =
        f.list(YamlFields.required(m, "states"), statesPath, "a list of automaton states");
    if (states.items().isEmpty()) {
      throw f.error(states.line(), statesPath, "expected at least one state");
    }
    List<String> labels = new ArrayList<>();
    List<Mapping> stateMaps = new ArrayList<>();
    for (int q = 0; q < states.items().size(); q++) {
      String qPath = statesPath + "[" + q + "]";
      Mapping s =
          f.mapping(
              states.items().get(q), qPath, "a state with keys " + String.join(", ", STATE_KEYS));
      f.checkKeys(s, qPath, STATE_KEYS, STATE_REQUIRED);
      Node n = YamlFields.required(s, "name");
      String label = f.text(n, qPath + ".name", "a state name");
      if (labels.contains(label)) {
        throw f.error(
            n.line(), qPath + ".name", "duplicate state name " + MessageText.quote(label));
      }
      labels.add(label);
      stateMaps.add(s);
    }
    List<String> own = stage.players().get(player).strategies();
    List<String> opponent = stage.players().get(1 - player).strategies();
    int[] actions = new int[labels.size()];
    int[][] next = new int[labels.size()][stage.numCells()];
    for (int q = 0; q < labels.size(); q++) {
      String qPath = statesPath + "[" + q + "]";
      Mapping s = stateMaps.get(q);
      Node play = YamlFields.required(s, "play");
      actions[q] =
          f.indexOf(
              own,
              f.text(play, qPath + ".play", "an action"),
              play.line(),
              qPath + ".play",
              MessageText.quote(playerNames.get(player)) + " action");
      int otherwise = q;
      Optional<Entry> o = YamlFields.optional(s, "otherwise");
      if (o.isPresent()) {
        otherwise = state(f, labels, o.get().value(), qPath + ".otherwise");
      }
      Arrays.fill(next[q], otherwise);
      Optional<Entry> onOpponent = YamlFields.optional(s, "on_opponent");
      Optional<Entry> onProfile = YamlFields.optional(s, "on_profile");
      if (onOpponent.isPresent() && onProfile.isPresent()) {
        throw f.error(
            onProfile.get().keyLine(),
            qPath,
            "give on_opponent or on_profile, not both: each profile must have one next state");
      }
      if (onOpponent.isPresent()) {
        String oPath = qPath + ".on_opponent";
        Mapping map =
            f.mapping(onOpponent.get().value(), oPath, "a mapping from actions to states");
        for (Entry e : map.entries().values()) {
          int b =
              f.indexOf(
                  opponent,
                  e.key(),
                  e.keyLine(),
                  oPath,
                  MessageText.quote(playerNames.get(1 - player)) + " action");
          int to = state(f, labels, e.value(), YamlFields.child(oPath, e.key()));
          for (int a = 0; a < own.size(); a++) {
            next[q][player == 0 ? stage.cellIndex(a, b) : stage.cellIndex(b, a)] = to;
          }
        }
      }
      if (onProfile.isPresent()) {
        String pPath = qPath + ".on_profile";
        Mapping rows =
            f.mapping(onProfile.get().value(), pPath, "a mapping from player 1's actions");
        for (Entry row : rows.entries().values()) {
          int a0 =
              f.indexOf(
                  stage.players().get(0).strategies(),
                  row.key(),
                  row.keyLine(),
                  pPath,
                  MessageText.quote(playerNames.get(0)) + " action");
          String rowPath = YamlFields.child(pPath, row.key());
          Mapping cols =
              f.mapping(row.value(), rowPath, "a mapping from player 2's actions to states");
          for (Entry col : cols.entries().values()) {
            int a1 =
                f.indexOf(
                    stage.players().get(1).strategies(),
                    col.key(),
                    col.keyLine(),
                    rowPath,
                    MessageText.quote(playerNames.get(1)) + " action");
            next[q][stage.cellIndex(a0, a1)] =
                state(f, labels, col.value(), YamlFields.child(rowPath, col.key()));
          }
        }
      }
    }
    return new StrategyAutomaton(name, player, labels, actions, next);
  }

  private static int state(YamlFields f, List<String> labels, Node node, String path)
      throws GameFormatException {
    return f.indexOf(
        labels, f.text(node, path, "a state name"), node.line(), path, "automaton state");
  }

  private static int[] toArray(List<Integer> profile) {
    return profile.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String describe(NormalFormGame stage, List<Integer> profile) {
    return "("
        + stage.players().get(0).strategies().get(profile.get(0))
        + ", "
        + stage.players().get(1).strategies().get(profile.get(1))
        + ")";
  }
}
