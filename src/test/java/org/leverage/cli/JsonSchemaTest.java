package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.io.GameFile;
import org.leverage.io.GameFiles;
import org.leverage.io.NfgWriter;
import org.leverage.solve.catalog.GameKind;
import org.leverage.testing.Corpus;

/**
 * Every command's {@code --format json} output is valid against its JSON Schema (README, "JSON
 * output"), read from the classpath as the jar ships it ({@code schemas/NAME.schema.json}): every
 * bundled game through the commands that apply to it, a few corpus games, and every shape of {@code
 * solve}, {@code sensitivity}, {@code merge} and {@code repeated}. The schemas are strict enough to
 * fail: a number printed as a string, a missing required key or an unknown key is rejected.
 */
class JsonSchemaTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> SCHEMAS =
      List.of(
          "solve.schema.json",
          "compare.schema.json",
          "sensitivity.schema.json",
          "montecarlo.schema.json",
          "repeated.schema.json");

  private static final String SCENARIO = "games/chip-export-controls.yaml";

  /** A small, fast Monte Carlo run: a coarse grid and few periods (as MonteCarloCliTest). */
  private static final List<String> SMALL_MONTE_CARLO =
      List.of(
          "sensitivity",
          SCENARIO,
          "--set",
          "self_sufficiency0=0.1",
          "--set",
          "grid_s=11",
          "--set",
          "chokepoint0=0.8",
          "--set",
          "grid_e=6",
          "--set",
          "horizon_periods=8",
          "--montecarlo",
          "4",
          "--sobol",
          "--lhs");

  private static String resource(String name) {
    try (InputStream in = JsonSchemaTest.class.getResourceAsStream("/schemas/" + name)) {
      assertNotNull(in, "schemas/" + name + " is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema schema(String name) {
    return REGISTRY.getSchema(resource(name));
  }

  private static List<String> errors(String schemaName, String json) {
    try {
      return messages(schema(schemaName).validate(MAPPER.readTree(json)));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
    }
  }

  private static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** Runs {@code args} with {@code --format json} and checks the output against the schema. */
  private static void assertValid(String schemaName, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliTest.Run r = CliTest.run(all.toArray(String[]::new));
    assertEquals(0, r.exitCode(), String.join(" ", args) + ": " + r.err());
    assertEquals(List.of(), errors(schemaName, r.out()), String.join(" ", args));
  }

  static List<String> schemas() {
    return SCHEMAS;
  }

  @ParameterizedTest
  @MethodSource("schemas")
  void everySchemaIsAValidDraft202012Schema(String name) throws IOException {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertEquals(List.of(), messages(meta.validate(MAPPER.readTree(resource(name)))), name);
  }

  @Test
  void everyShippedSchemaIsTested() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/schemas"))) {
      assertEquals(
          SCHEMAS.stream().sorted().toList(),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  /** Each bundled game through every command and method family that applies to it. */
  @ParameterizedTest
  @MethodSource("org.leverage.cli.CliTest#bundledGames")
  void everyBundledGame(Path game) throws Exception {
    String file = game.toString();
    GameFile read = GameFiles.readAny(game);
    if (read instanceof GameFile.Scenario) {
      assertValid("compare.schema.json", "compare", file);
      return;
    }
    GameKind kind = read.problem().kind();
    switch (kind) {
      case REPEATED -> assertValid("repeated.schema.json", "repeated", file);
      case DYNAMIC -> assertValid("solve.schema.json", "solve", file);
      case TREE -> {
        assertValid("solve.schema.json", "solve", file, "--method", "all");
        assertValid("solve.schema.json", "solve", file, "--method", "spe", "--decimals", "3");
      }
      case NORMAL_FORM -> {
        assertValid("solve.schema.json", "solve", file, "--method", "all");
        assertValid("solve.schema.json", "solve", file, "--decimals", "4");
        assertValid("solve.schema.json", "solve", file, "--method", "dominance");
        assertValid("solve.schema.json", "solve", file, "--method", "correlated");
        assertValid("solve.schema.json", "solve", file, "--method", "qre");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2x2x2.nfg",
        "2x2x2x2.nfg",
        "3x3x3.nfg",
        "2_player_chance.efg",
        "3_player.efg",
        "2s2x2x2.efg",
        "4cards.efg"
      })
  void corpusGames(String name) {
    assertValid("solve.schema.json", "solve", Corpus.gamesDirectory().resolve(name).toString());
  }

  @Test
  void normalFormOptions() {
    String bos = "games/battle-of-the-sexes.yaml";
    assertValid("solve.schema.json", "solve", "games/degenerate.yaml", "--components");
    assertValid("solve.schema.json", "solve", bos, "--select", "pareto");
    assertValid("solve.schema.json", "solve", bos, "--method", "all", "--select", "logit");
    assertValid("solve.schema.json", "solve", "games/chicken.nfg", "--method", "lcp");
    assertValid(
        "solve.schema.json", "solve", "games/export-control-coalition.nfg", "--method", "gnm");
    assertValid(
        "solve.schema.json", "solve", "games/export-control-coalition.nfg", "--method", "simpdiv");
  }

  @Test
  void aSolveStoppedByItsTimeLimit(@TempDir Path dir) throws IOException {
    Path slow = dir.resolve("slow.nfg");
    Files.writeString(
        slow, NfgWriter.write(org.leverage.testing.TestGames.randomBimatrix(30, 30, 30, 100)));
    CliTest.Run r =
        CliTest.run("solve", slow.toString(), "--time-limit", "0.2", "--format", "json");
    assertEquals(ExitCodes.SOLVER_LIMIT, r.exitCode(), r.err());
    assertEquals(List.of(), errors("solve.schema.json", r.out()));
  }

  @Test
  void treeOptions() {
    assertValid("solve.schema.json", "solve", "games/entry-deterrence.efg", "-P");
    assertValid("solve.schema.json", "solve", "games/crisis-denial.yaml", "--method", "enummixed");
  }

  @Test
  void qreShapes(@TempDir Path dir) throws IOException {
    String chicken = "games/chicken.nfg";
    assertValid("solve.schema.json", "solve", chicken, "--method", "qre", "--lambda", "0.5,2");
    assertValid("solve.schema.json", "solve", chicken, "--method", "qre", "--branch");
    Path counts = dir.resolve("counts.csv");
    Files.writeString(
        counts,
        "player,strategy,count\nRow,Swerve,30\nRow,Straight,10\n"
            + "Column,Swerve,25\nColumn,Straight,15\n");
    assertValid(
        "solve.schema.json", "solve", chicken, "--method", "qre", "--fit", counts.toString());
  }

  @Test
  void correlatedCheck(@TempDir Path dir) throws IOException {
    Path distribution = dir.resolve("distribution.csv");
    Files.writeString(
        distribution,
        "Row,Column,probability\nSwerve,Swerve,1/2\nSwerve,Straight,1/4\nStraight,Swerve,1/4\n");
    assertValid(
        "solve.schema.json",
        "solve",
        "games/chicken.nfg",
        "--method",
        "correlated",
        "--check",
        distribution.toString());
  }

  @Test
  void dynamicGameOptions() {
    String game = "games/export-control-dynamic.yaml";
    assertValid("solve.schema.json", "solve", game, "--exact");
    String stochastic = "games/stochastic-prisoners-dilemma.yaml";
    assertValid("solve.schema.json", "solve", stochastic, "--selection", "first", "-d", "3");
  }

  @Test
  void repeatedOptions() {
    assertValid(
        "repeated.schema.json", "repeated", "games/repeated-prisoners-dilemma.yaml", "-d", "3");
    assertValid(
        "repeated.schema.json",
        "repeated",
        "games/repeated-prisoners-dilemma.yaml",
        "--horizon",
        "3");
    // No pure stage equilibrium: grim trigger reverts to a mixed one, with a note.
    assertValid(
        "repeated.schema.json", "repeated", "games/matching-pennies.nfg", "--discount", "4/5");
  }

  @Test
  void compareWithOptions() {
    assertValid(
        "compare.schema.json", "compare", SCENARIO, "--regime", "OPEN", "--regime", "EQUILIBRIUM");
  }

  @Test
  void sensitivityAnalyses() {
    assertValid(
        "sensitivity.schema.json",
        "sensitivity",
        SCENARIO,
        "--oneway",
        "crisis_hazard",
        "--tornado",
        "--threshold",
        "crisis_hazard",
        "--threshold",
        "horizon_periods",
        "--twoway",
        "crisis_hazard,erosion",
        "--points",
        "3");
  }

  @Test
  void payoffSweep() {
    assertValid(
        "sensitivity.schema.json",
        "sensitivity",
        "games/chicken.yaml",
        "--vary",
        "payoffs.Swerve.Swerve.1=-2:2:5");
  }

  @Test
  void monteCarloAndMerge(@TempDir Path dir) {
    List<String> base = SMALL_MONTE_CARLO;
    assertValid("montecarlo.schema.json", base.toArray(String[]::new));
    List<String> chunks = new ArrayList<>(List.of("merge"));
    for (String chunk : new String[] {"1/2", "2/2"}) {
      String prefix = dir.resolve("run-" + chunk.charAt(0)).toString();
      List<String> args = new ArrayList<>(base);
      args.addAll(List.of("--chunk", chunk, "--out", prefix));
      CliTest.Run part = CliTest.run(args.toArray(String[]::new));
      assertEquals(0, part.exitCode(), part.err());
      chunks.addAll(List.of(prefix + ".montecarlo.csv", prefix + ".sobol.csv"));
    }
    assertValid("montecarlo.schema.json", chunks.toArray(String[]::new));
  }

  // ------------------------------------------------------------ the schemas can fail

  private static ObjectNode solved(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--format", "json"));
    CliTest.Run r = CliTest.run(all.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(List.of(), errors("solve.schema.json", r.out()));
    return (ObjectNode) MAPPER.readTree(r.out());
  }

  private static ObjectNode firstPlayer(ObjectNode root) {
    return (ObjectNode) root.at("/results/0/equilibria/0/players/0");
  }

  @Test
  void aNumberPrintedAsAStringIsRejected() throws IOException {
    ObjectNode root = solved("solve", "games/matching-pennies.nfg");
    ArrayNode probabilities = (ArrayNode) firstPlayer(root).get("probabilities");
    probabilities.set(0, probabilities.get(0).asText());
    assertFalse(errors("solve.schema.json", root.toString()).isEmpty());
  }

  @Test
  void aTreePayoffAsAFractionStringIsRejected() throws IOException {
    ObjectNode root = solved("solve", "games/crisis-denial.efg");
    ObjectNode play = (ObjectNode) root.at("/results/0/equilibria/0/plays/0");
    play.put("probability", play.get("probabilityExact").asText());
    assertFalse(errors("solve.schema.json", root.toString()).isEmpty());
  }

  @Test
  void aMissingRequiredKeyIsRejected() throws IOException {
    ObjectNode root = solved("solve", "games/matching-pennies.nfg");
    firstPlayer(root).remove("payoffExact");
    assertFalse(errors("solve.schema.json", root.toString()).isEmpty());
  }

  @Test
  void anUnknownKeyIsRejected() throws IOException {
    ObjectNode root = solved("solve", "games/entry-deterrence.efg");
    root.put("extra", 1);
    assertFalse(errors("solve.schema.json", root.toString()).isEmpty());
  }

  @Test
  void anExactValueThatIsNotAFractionIsRejected() throws IOException {
    ObjectNode root = solved("solve", "games/matching-pennies.nfg");
    firstPlayer(root).put("payoffExact", "0.5");
    assertFalse(errors("solve.schema.json", root.toString()).isEmpty());
  }

  @Test
  void aDynamicGameKeyWithASpaceIsRejected() throws IOException {
    ObjectNode root = solved("solve", "games/stochastic-prisoners-dilemma.yaml");
    JsonNode players = root.at("/path/0/players");
    ((ObjectNode) root.at("/path/0")).remove("players");
    ((ObjectNode) root.at("/path/0")).set("Row actions", players.get(0).get("actions"));
    assertFalse(errors("solve.schema.json", root.toString()).isEmpty());
  }
}
