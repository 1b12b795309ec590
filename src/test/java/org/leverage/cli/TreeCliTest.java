package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.game.tree.BehaviourProfile;
import org.leverage.game.tree.ExtensiveGame;
import org.leverage.io.EfgReader;
import org.leverage.io.GameFormatException;
import org.leverage.numeric.Rationals;
import org.leverage.solve.tree.SubgamePerfection;

/**
 * {@code leverage solve} and friends on game trees: the CSV output against Gambit's expected files
 * for corpus trees (as sets of {@code NE,} rows, since the order of enumeration differs; reduced
 * strategy profiles are tagged {@code NE-reduced} where Gambit writes {@code NE}), the text output
 * of the bundled trees, and the failures (exit codes, one-line messages).
 */
class TreeCliTest {

  private static Path corpus(String name) {
    URL url = TreeCliTest.class.getResource("/conformance/games/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> expectedRows(String file) {
    try (InputStream in = TreeCliTest.class.getResourceAsStream("/conformance/expected/" + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(l -> l.equals("NE") || l.startsWith("NE,"))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> csvRows(String name, String method) {
    CliTest.Run r =
        CliTest.run("solve", corpus(name).toString(), "--method", method, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    return new HashSet<>(r.out().lines().toList());
  }

  /** Perfect information (nim, e10: ties; perfect_info_with_chance: chance): all pure SPE. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "nim.efg",
        "e10.efg",
        "perfect_info_with_chance.efg",
        "3_player_PI_2_dev_off_eq_path.efg"
      })
  void speOnPerfectInformationEqualsGambitsEnumpureP(String name) {
    assertEquals(expectedRows(name + ".enumpure-P.v16.4.1.txt"), csvRows(name, "spe"));
  }

  /**
   * Imperfect information with proper subgames where every SPE is pure: three players with chance
   * (pure equilibria in each subgame) and two players (extreme equilibria in each subgame).
   */
  @ParameterizedTest
  @ValueSource(strings = {"3_player.efg", "reduction_generic_payoffs.efg"})
  void speWithSubgamesEqualsGambitsEnumpureP(String name) {
    assertEquals(expectedRows(name + ".enumpure-P.v16.4.1.txt"), csvRows(name, "spe"));
  }

  /**
   * Shoham and Leyton-Brown, fig. 5.10: a simultaneous-move subgame with two pure and one mixed
   * equilibrium. Ours: Gambit's pure SPE plus the mixed one, which is Gambit's lcp -P answer.
   */
  @Test
  void speWithAMixedSubgameEquilibrium() {
    String name = "catalog_books_shohamleytonbrown2008_fig5_10.efg";
    Set<String> ours = csvRows(name, "spe");
    Set<String> pure = expectedRows(name + ".enumpure-P.v16.4.1.txt");
    assertTrue(ours.containsAll(pure), ours + " contains " + pure);
    Set<String> lcpFull =
        expectedRows(name + ".lcp-P.v16.4.1.txt").stream()
            .filter(row -> row.split(",").length == ours.iterator().next().split(",").length)
            .collect(Collectors.toSet());
    assertFalse(lcpFull.isEmpty());
    assertTrue(ours.containsAll(lcpFull), ours + " contains " + lcpFull);
    assertEquals(pure.size() + lcpFull.size(), ours.size(), ours.toString());
  }

  /**
   * Regression, found by the Core hardening review (defect 6c): {@code spe} on 4cards.efg (no
   * proper subgame, reduced form 81 x 256) ran for minutes enumerating every extreme equilibrium.
   * The default subgame method now solves a subgame whose reduced form has more than 256 cells by
   * sequence-form Lemke (one equilibrium, Gambit's {@code lcp -P} row) and says so; {@code
   * --subgame-method enummixed} still enumerates on request.
   */
  @Test
  void regressionSpeOnALargeTreeFinishesByDefaultAndSaysHow() {
    String name = "4cards.efg";
    Set<String> gambit = expectedRows(name + ".lcp-P.v16.4.1.txt");
    assertEquals(gambit, csvRows(name, "spe"));
    CliTest.Run text = CliTest.run("solve", corpus(name).toString());
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(
        text.out().contains("1 subgame by lcp (one equilibrium, sequence-form Lemke)"), text.out());
    assertTrue(text.out().contains("--subgame-method auto: lcp where"), text.out());
    CliTest.Run lcp =
        CliTest.run("solve", corpus(name).toString(), "--subgame-method", "lcp", "--format", "csv");
    assertEquals(gambit, new HashSet<>(lcp.out().lines().toList()));
  }

  /** A small tree keeps every combination of extreme equilibria; lcp picks one of them. */
  @Test
  void subgameMethodsOnASmallTree() {
    String name = "catalog_books_shohamleytonbrown2008_fig5_10.efg";
    Set<String> all = csvRows(name, "spe");
    CliTest.Run enummixed =
        CliTest.run(
            "solve", corpus(name).toString(), "--subgame-method", "enummixed", "--format", "csv");
    assertEquals(all, new HashSet<>(enummixed.out().lines().toList()));
    CliTest.Run lcp =
        CliTest.run("solve", corpus(name).toString(), "--subgame-method", "lcp", "--format", "csv");
    assertEquals(1, lcp.out().lines().count(), lcp.out());
    assertTrue(all.contains(lcp.out().strip()), lcp.out());
    CliTest.Run unknown =
        CliTest.run("solve", corpus(name).toString(), "--subgame-method", "simplex");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("auto, enummixed, lcp, pure"), unknown.err());
    CliTest.Run three =
        CliTest.run("solve", corpus("3_player.efg").toString(), "--subgame-method", "lcp");
    assertEquals(2, three.exitCode());
    assertTrue(three.err().contains("two-player"), three.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "entry_accommodation.efg",
        "catalog_books_shohamleytonbrown2008_fig5_10.efg",
        "2x2x2.efg",
        "vd.efg",
        "perfect_info_with_chance.efg"
      })
  void pureEqualsGambitsEnumpure(String name) {
    assertEquals(expectedRows(name + ".enumpure.txt"), csvRows(name, "pure"));
  }

  /**
   * Regression, found by the Core hardening review (defect 6b): a tree with only chance moves
   * printed no CSV row at all, while Gambit's enumpure (with and without -P) prints the empty
   * profile, a bare {@code NE}.
   */
  @Test
  void regressionChanceOnlyTreePrintsTheEmptyProfileAsGambitDoes() {
    String name = "chance_root_5_moves_no_nonterm_player_nodes.efg";
    assertEquals(Set.of("NE"), expectedRows(name + ".enumpure.txt"));
    assertEquals(expectedRows(name + ".enumpure.txt"), csvRows(name, "pure"));
    assertEquals(expectedRows(name + ".enumpure-P.v16.4.1.txt"), csvRows(name, "spe"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2_player_chance.efg",
        "entry_accommodation.efg",
        "cent2.efg",
        "vd.efg",
        "stripped_down_poker.efg"
      })
  void enummixedEqualsGambitsEnummixedOverReducedStrategies(String name) {
    Set<String> gambit =
        expectedRows(name + ".enummixed.txt").stream()
            .map(row -> "NE-reduced" + row.substring(2))
            .collect(Collectors.toSet());
    assertEquals(gambit, csvRows(name, "enummixed"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lcp", "lp"})
  void lcpAndLpRowsAreNashEquilibria(String method) throws IOException, GameFormatException {
    String name = "zerosum_efg_from_sequence_form_STOC94_paper.efg";
    ExtensiveGame g = EfgReader.read(corpus(name));
    Set<String> rows = csvRows(name, method);
    assertFalse(rows.isEmpty());
    for (String row : rows) {
      List<BigFraction> flat =
          Arrays.stream(row.substring(3).split(",")).map(Rationals::parseOrThrow).toList();
      List<List<BigFraction>> split = new ArrayList<>();
      int k = 0;
      for (int i = 0; i < g.numPersonalInfosets(); i++) {
        int m = g.infosets().get(i).numActions();
        split.add(flat.subList(k, k + m));
        k += m;
      }
      assertEquals(flat.size(), k);
      assertEquals(
          Optional.empty(), SubgamePerfection.nashDeviation(g, new BehaviourProfile(split)), row);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"spe", "enummixed", "lcp", "lp"})
  void imperfectRecallIsAUsageErrorWithTheReason(String method) {
    CliTest.Run r = CliTest.run("solve", corpus("myerson.efg").toString(), "--method", method);
    assertEquals(2, r.exitCode(), r.out());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("perfect recall"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  /**
   * Without perfect recall pure equilibria are still defined (see EfgImperfectRecallConformanceTest
   * for the answers); {@code all} runs just that method and the text says why.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pure", "all"})
  void imperfectRecallTreesHavePureEquilibria(String method) {
    // Under all every row names its method, though only pure ran.
    String prefix = method.equals("all") ? "pure," : "";
    assertEquals(
        Set.of(prefix + "NE,0,1,1,0", prefix + "NE,0,1,0,1"),
        csvRows("AM-driver-subgame.efg", method));
    CliTest.Run text =
        CliTest.run("solve", corpus("AM-driver-subgame.efg").toString(), "--method", method);
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("lacks perfect recall"), text.out());
    assertTrue(text.out().contains("Player 1: T  payoffs (4, -4)"), text.out());
  }

  /**
   * --subgame-method applies only where spe solves subgames; elsewhere it is refused (exit 2), as
   * every option that does not apply.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2_player_PI_2_dev_off_eq_path_const_sum.efg spe perfect information",
        "myerson.efg all lacks perfect recall",
        "catalog_books_shohamleytonbrown2008_fig5_10.efg pure does not solve subgames",
        "catalog_books_shohamleytonbrown2008_fig5_10.efg lcp does not solve subgames"
      })
  void subgameMethodWhereNoSubgameIsSolvedIsAUsageError(String row) {
    String[] parts = row.split(" ", 3);
    CliTest.Run r =
        CliTest.run(
            "solve", corpus(parts[0]).toString(), "--method", parts[1], "--subgame-method", "lcp");
    assertEquals(2, r.exitCode(), r.out());
    assertTrue(r.err().contains("--subgame-method applies to"), r.err());
    assertTrue(r.err().contains(parts[2]), r.err());
  }

  @Test
  void subgameMethodOnANormalFormGameIsAUsageError() {
    CliTest.Run r =
        CliTest.run("solve", "games/battle-of-the-sexes.yaml", "--subgame-method", "enummixed");
    assertEquals(2, r.exitCode(), r.out());
    assertTrue(r.err().contains("not to normal-form games"), r.err());
  }

  @Test
  void methodsThatDoNotApplyAreUsageErrors() {
    CliTest.Run lp = CliTest.run("solve", "games/crisis-denial.yaml", "--method", "lp");
    assertEquals(2, lp.exitCode());
    assertTrue(lp.err().contains("constant-sum"), lp.err());
    CliTest.Run three =
        CliTest.run("solve", corpus("3_player.efg").toString(), "--method", "enummixed");
    assertEquals(2, three.exitCode());
    assertTrue(three.err().contains("two-player"), three.err());
    CliTest.Run dominance =
        CliTest.run("solve", "games/entry-deterrence.efg", "--method", "dominance");
    assertEquals(2, dominance.exitCode());
    assertTrue(dominance.err().contains("convert"), dominance.err());
  }

  /** The non-credible threat: (Out, Fight) is a Nash equilibrium but not subgame perfect. */
  @Test
  void entryDeterrenceSeparatesNashFromSubgamePerfect() {
    CliTest.Run pure =
        CliTest.run("solve", "games/entry-deterrence.yaml", "--method", "pure", "--format", "csv");
    assertEquals(Set.of("NE,1,0,0,1", "NE,0,1,1,0"), new HashSet<>(pure.out().lines().toList()));
    CliTest.Run spe = CliTest.run("solve", "games/entry-deterrence.yaml", "--format", "csv");
    assertEquals("NE,1,0,0,1\n", spe.out());
  }

  /**
   * The text names every information set, the off-path one too, and the equilibrium plays with
   * their probabilities; payoffs as worked out in the file's comments.
   */
  @Test
  void crisisDenialTextShowsTheFullStrategyAndThePath() {
    CliTest.Run r = CliTest.run("solve", "games/crisis-denial.yaml");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("  impose denial in the crisis?  impose"), r.out());
    assertTrue(
        r.out().contains("1/4  US: threaten -> China: acquiesce -> chance: crisis"), r.out());
    assertTrue(r.out().contains("3/4  US: threaten -> China: acquiesce -> chance: calm"), r.out());
    // 1/4 * 0.2905 + 3/4 * 14.96905 + 1.04625 and 1/4 * 140.568 + 3/4 * 14.0568 - 4.185
    assertTrue(
        r.out().contains("Expected payoffs: US = 987653/80000, China = 103749/2500"), r.out());
    CliTest.Run decimals = CliTest.run("solve", "games/crisis-denial.efg", "--decimals", "4");
    assertTrue(
        decimals.out().contains("Expected payoffs: US = 12.3457, China = 41.4996"), decimals.out());
  }

  @Test
  void lcpSaysWhatItIs() {
    CliTest.Run r = CliTest.run("solve", "games/entry-deterrence.efg", "--method", "lcp");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("sequence-form Lemke"), r.out());
  }

  /** Gambit's own row for a tree where gambit-lcp's answer is known: the CSV row is the same. */
  @ParameterizedTest
  @ValueSource(strings = {"2smp.efg", "cent2.efg", "stripped_down_poker.efg", "bayes1a.efg"})
  void lcpCsvRowIsGambitsRow(String name) {
    assertEquals(expectedRows(name + ".lcp.txt"), csvRows(name, "lcp"));
  }

  @Test
  void lcpOnAThreePlayerTreeIsAUsageError() {
    CliTest.Run r = CliTest.run("solve", corpus("3_player.efg").toString(), "--method", "lcp");
    assertEquals(2, r.exitCode(), r.out());
    assertTrue(r.err().contains("sequence-form Lemke") && r.err().contains("two-player"), r.err());
  }

  @Test
  void jsonHasBehaviourPayoffsAndPlays() {
    CliTest.Run r = CliTest.run("solve", "games/crisis-denial.yaml", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"method\" : \"spe\""), r.out());
    assertTrue(r.out().contains("\"label\" : \"impose denial in the crisis?\""), r.out());
    assertTrue(r.out().contains("\"probability\" : 0.25,"), r.out());
    assertTrue(r.out().contains("\"probabilityExact\" : \"1/4\""), r.out());
  }

  /**
   * Unlabelled information sets are named by the moves leading to them (Bob sees the raise, not the
   * card) in text and JSON; JSON keeps the set's number in the file beside the name.
   */
  @Test
  void unlabelledInformationSetsAreNamedByTheirHistory() throws IOException {
    String poker = corpus("doc_poker.efg").toString();
    CliTest.Run text = CliTest.run("solve", poker);
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(text.out().contains("  Alice   after King       Raise"), text.out());
    assertTrue(text.out().contains("  Bob     after */Raise    Meet"), text.out());
    CliTest.Run json = CliTest.run("solve", poker, "--format", "json");
    JsonNode bob =
        new ObjectMapper().readTree(json.out()).at("/results/0/equilibria/0/behaviour/2");
    assertEquals("Bob", bob.get("player").asText());
    assertEquals(1, bob.get("infoset").asInt());
    assertEquals("", bob.get("label").asText());
    assertEquals("after */Raise", bob.get("name").asText());
  }

  /** CSV header columns name the sets the same way, unique per player. */
  @Test
  void csvHeaderNamesUnlabelledSetsByTheirHistory() {
    String poker = corpus("doc_poker.efg").toString();
    CliTest.Run csv = CliTest.run("solve", poker, "--format", "csv", "--header");
    assertEquals(0, csv.exitCode(), csv.err());
    assertEquals(
        "kind,Alice:after King:Raise,Alice:after King:Fold,Alice:after Queen:Raise,"
            + "Alice:after Queen:Fold,Bob:after */Raise:Meet,Bob:after */Raise:Pass",
        csv.out().lines().findFirst().orElseThrow());
  }

  /** The case: a YAML tree without {@code infoset} keys showed B's set as "1". */
  @Test
  void yamlTreeWithoutSetLabelsNamesSetsByTheirMoves(@TempDir Path dir) throws IOException {
    Path tree = dir.resolve("t.yaml");
    Files.writeString(
        tree,
        """
        version: 1
        type: extensive-form
        players: [A, B]
        root:
          player: A
          actions:
            In:
              player: B
              actions:
                Fight: {payoffs: [-1, -1]}
                Accommodate: {payoffs: [1, 1]}
            Out: {payoffs: [0, 2]}
        """);
    CliTest.Run r = CliTest.run("solve", tree.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("  A       start            In"), r.out());
    assertTrue(r.out().contains("  B       after In         Fight"), r.out());
  }

  @Test
  void treeConvertsToItsReducedFormWithTheSameMixedEquilibria(@TempDir Path dir) {
    Path nfg = dir.resolve("reduced.nfg");
    String tree = corpus("entry_accommodation.efg").toString();
    CliTest.Run convert = CliTest.run("convert", tree, nfg.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    assertTrue(convert.out().contains("reduced strategic form"), convert.out());
    CliTest.Run fromNfg =
        CliTest.run("solve", nfg.toString(), "--method", "enummixed", "--format", "csv");
    assertEquals(
        expectedRows("entry_accommodation.efg.enummixed.txt"),
        new HashSet<>(fromNfg.out().lines().toList()));
  }

  @Test
  void efgAndYamlConvertBothWays(@TempDir Path dir) {
    Path yaml = dir.resolve("tree.yaml");
    Path efg = dir.resolve("tree.efg");
    String source = corpus("perfect_info_with_chance.efg").toString();
    assertEquals(0, CliTest.run("convert", source, yaml.toString()).exitCode());
    assertEquals(0, CliTest.run("convert", yaml.toString(), efg.toString()).exitCode());
    for (Path p : List.of(yaml, efg)) {
      CliTest.Run r = CliTest.run("solve", p.toString(), "--method", "all", "--format", "csv");
      CliTest.Run original = CliTest.run("solve", source, "--method", "all", "--format", "csv");
      assertEquals(original.out(), r.out(), p.toString());
    }
  }

  @Test
  void malformedYamlTreeExitsWithThreeAndTheLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(
        bad,
        "version: 1\ntype: extensive-form\nplayers: [A]\nroot:\n  chance: {x: 1/2, y: 1/3}\n"
            + "  actions: {x: {}, y: {}}\n",
        StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("solve", bad.toString());
    assertEquals(3, r.exitCode());
    assertTrue(
        r.err().contains("bad.yaml:5: root.chance: probabilities must sum to exactly 1"), r.err());
  }

  @Test
  void validateDescribesTreesAndFlagsImperfectRecall() {
    CliTest.Run ok = CliTest.run("validate", "games/crisis-denial.yaml");
    assertEquals(0, ok.exitCode(), ok.err());
    assertTrue(ok.out().contains("game tree, 2 players, 13 nodes"), ok.out());
    CliTest.Run noRecall = CliTest.run("validate", corpus("not_perfect_recall.efg").toString());
    assertEquals(0, noRecall.exitCode(), noRecall.err());
    assertTrue(noRecall.out().contains("no perfect recall"), noRecall.out());
  }
}
