package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.numeric.Rationals;

/**
 * One CSV shape per command: {@code --header} adds one row naming every column, each row has as
 * many fields as the header, the header is refused with the other formats, and under {@code
 * --method all} the columns do not depend on how many methods ran.
 */
class CsvShapeCliTest {

  private static final String SCENARIO = "games/chip-export-controls.yaml";
  private static final String REPEATED_LABELS =
      "src/test/resources/conformance/games/"
          + "subgame_roots_finder_small_subgames_and_overplapping_infosets.efg";

  /** Every command line whose CSV has one header (each followed by --format csv --header). */
  static Stream<List<String>> withHeader() {
    return Stream.of(
        List.of("solve", "games/chicken.nfg"),
        List.of("solve", "games/chicken.nfg", "--method", "all", "--select", "pareto"),
        List.of(
            "solve", "games/export-control-coalition.nfg", "--method", "all", "--select", "payoff"),
        List.of("solve", "games/entry-deterrence.efg"),
        List.of("solve", "games/entry-deterrence.efg", "--method", "all"),
        List.of("solve", "games/entry-deterrence.efg", "--method", "enummixed"),
        // Actions labelled "1" twice in one set: the columns name them by position.
        List.of("solve", REPEATED_LABELS, "--method", "pure"),
        List.of("solve", "games/crisis-denial.yaml", "--method", "all", "-d", "6"),
        List.of("solve", "games/chicken.nfg", "--method", "correlated"),
        List.of("solve", "games/prisoners-dilemma.nfg", "--method", "dominance"),
        List.of("solve", "games/chicken.nfg", "--method", "qre", "--lambda", "0.5,2"),
        List.of("sensitivity", "games/chicken.nfg", "--vary", "payoffs.Swerve.Straight.0=0:5:3"),
        List.of("compare", SCENARIO),
        List.of("sensitivity", SCENARIO, "--tornado", "--points", "2"),
        List.of("sensitivity", SCENARIO, "--montecarlo", "8", "--seed", "3"));
  }

  private static CliTest.Run csv(List<String> command, boolean header) {
    List<String> args = new ArrayList<>(command);
    args.addAll(List.of("--format", "csv"));
    if (header) {
      args.add("--header");
    }
    CliTest.Run r = CliTest.run(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return r;
  }

  /** The fields of one CSV line (RFC 4180 quoting; no line breaks inside fields here). */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /**
   * With --header the first row names every column of every row, once; the commands whose CSV
   * always starts with its header print the same with or without --header, solve's Gambit rows the
   * same rows without it.
   */
  @ParameterizedTest
  @MethodSource("withHeader")
  void theHeaderNamesEveryColumnOfEveryRowOnce(List<String> command) {
    String with = csv(command, true).out();
    List<String> lines = with.lines().toList();
    assertTrue(lines.size() >= 2, "a header and at least one row: " + lines);
    List<String> header = fields(lines.get(0));
    assertEquals(header.size(), header.stream().distinct().count(), "unique names: " + header);
    for (String line : lines.subList(1, lines.size())) {
      assertEquals(header.size(), fields(line).size(), lines.get(0) + "\n" + line);
    }
    boolean gambitRows =
        command.get(0).equals("solve")
            && !command.contains("correlated")
            && !command.contains("dominance")
            && !command.contains("qre");
    String without = csv(command, false).out();
    if (gambitRows) {
      assertEquals(with.substring(with.indexOf('\n') + 1), without);
      assertTrue(without.lines().allMatch(l -> fields(l).contains("NE") || isReduced(l)), without);
    } else {
      assertEquals(with, without);
    }
  }

  private static boolean isReduced(String line) {
    return fields(line).contains("NE-reduced");
  }

  @Test
  void solveNamesTheColumnsFromTheGame() {
    assertEquals(
        "kind,Row:Swerve,Row:Straight,Column:Swerve,Column:Straight",
        csv(List.of("solve", "games/chicken.nfg"), true).out().lines().findFirst().orElseThrow());
    assertEquals(
        "method,kind,Row:Swerve,Row:Straight,Column:Swerve,Column:Straight,selected",
        csv(List.of("solve", "games/chicken.nfg", "--method", "all", "--select", "risk"), true)
            .out()
            .lines()
            .findFirst()
            .orElseThrow());
  }

  /**
   * Under all the rows name their method whether three methods ran or one (the others stopped at
   * --max-equilibria 1), and each row's probabilities, read by the header's PLAYER:STRATEGY
   * columns, sum to one per player: the header and rows agree column by column.
   */
  @ParameterizedTest
  @ValueSource(strings = {"1000", "1"})
  void underAllTheShapeDoesNotDependOnHowManyMethodsRan(String maxEquilibria) {
    List<String> lines =
        csv(
                List.of(
                    "solve",
                    "games/chicken.nfg",
                    "--method",
                    "all",
                    "--max-equilibria",
                    maxEquilibria),
                true)
            .out()
            .lines()
            .toList();
    List<String> header = fields(lines.get(0));
    assertEquals(List.of("method", "kind"), header.subList(0, 2));
    List<String> methods = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      Map<String, String> row = byColumn(header, fields(line));
      assertEquals("NE", row.get("kind"), line);
      methods.add(row.get("method"));
      assertEquals(List.of(BigFraction.ONE, BigFraction.ONE), sumsPerPlayer(row), line);
    }
    assertEquals(
        maxEquilibria.equals("1") ? List.of("lcp") : List.of("pure", "enummixed", "lcp"),
        methods.stream().distinct().toList());
  }

  /**
   * A tree under all: behaviour rows ({@code NE}) fill the PLAYER:SET:ACTION columns and leave the
   * reduced strategies' empty; {@code NE-reduced} rows the other way round; both sum to one per
   * player.
   */
  @Test
  void treeRowsSayWhetherTheyAreBehaviourOrReducedStrategyProfiles() {
    List<String> lines =
        csv(List.of("solve", "games/entry-deterrence.efg", "--method", "all"), true)
            .out()
            .lines()
            .toList();
    List<String> header = fields(lines.get(0));
    List<String> kinds = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      Map<String, String> row = byColumn(header, fields(line));
      String kind = row.get("kind");
      kinds.add(kind);
      boolean behaviour = kind.equals("NE");
      assertTrue(behaviour || kind.equals("NE-reduced"), line);
      row.forEach(
          (column, value) -> {
            if (column.split(":").length == 3) {
              assertEquals(behaviour, !value.isEmpty(), column + " in " + line);
            } else if (column.contains(":")) {
              assertEquals(behaviour, value.isEmpty(), column + " in " + line);
            }
          });
      row.values().removeIf(String::isEmpty);
      assertEquals(List.of(BigFraction.ONE, BigFraction.ONE), sumsPerPlayer(row), line);
    }
    assertTrue(kinds.contains("NE") && kinds.contains("NE-reduced"), kinds.toString());
  }

  @Test
  void aSingleMethodOnATreeKeepsGambitsRowsWithTheKindFirst() {
    String behaviour = csv(List.of("solve", "games/entry-deterrence.efg"), false).out();
    assertTrue(behaviour.lines().allMatch(l -> l.startsWith("NE,")), behaviour);
    String reduced =
        csv(List.of("solve", "games/entry-deterrence.efg", "--method", "enummixed"), false).out();
    assertTrue(reduced.lines().allMatch(l -> l.startsWith("NE-reduced,")), reduced);
  }

  static Stream<List<String>> everyCommandWithFormat() {
    return Stream.of(
        List.of("solve", "games/chicken.nfg"),
        List.of("solve", "games/chicken.nfg", "--method", "qre"),
        List.of("repeated", "games/repeated-prisoners-dilemma.yaml"),
        List.of("compare", SCENARIO),
        List.of("sensitivity", SCENARIO, "--tornado"));
  }

  @ParameterizedTest
  @MethodSource("everyCommandWithFormat")
  void theHeaderIsRefusedWithTextAndJson(List<String> command) {
    for (String format : List.of("text", "json")) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--format", format, "--header"));
      CliTest.Run r = CliTest.run(args.toArray(String[]::new));
      assertEquals(2, r.exitCode(), r.out());
      assertTrue(r.err().contains("--header names the columns of CSV output"), r.err());
      assertTrue(r.err().contains("--format csv"), r.err());
      assertTrue(r.out().isEmpty(), r.out());
    }
    List<String> args = new ArrayList<>(command);
    args.add("--header");
    assertEquals(2, CliTest.run(args.toArray(String[]::new)).exitCode(), "text is the default");
  }

  @Test
  void mergeHasNoCsvAndSoNoHeader() {
    CliTest.Run r = CliTest.run("merge", "run.montecarlo.csv", "--header");
    assertEquals(2, r.exitCode(), r.out());
    assertTrue(r.err().contains("no CSV, so no --header"), r.err());
  }

  /** Records of several kinds have no one header: said, not faked. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "repeated games/repeated-prisoners-dilemma.yaml",
        "solve games/export-control-dynamic.yaml"
      })
  void recordListsRefuseTheHeader(String command) {
    List<String> args = new ArrayList<>(Arrays.asList(command.split(" ")));
    args.addAll(List.of("--format", "csv", "--header"));
    CliTest.Run r = CliTest.run(args.toArray(String[]::new));
    assertEquals(2, r.exitCode(), r.out());
    assertTrue(r.err().contains("records of several kinds"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  private static Map<String, String> byColumn(List<String> header, List<String> row) {
    assertEquals(header.size(), row.size(), row.toString());
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      byColumn.put(header.get(i), row.get(i));
    }
    return byColumn;
  }

  /**
   * The sum of the probabilities in each behaviour or strategy column, per player and, for
   * behaviour columns, per information set; players in order of first column. For the bundled games
   * every player has one information set, so either sums to one per player.
   */
  private static List<BigFraction> sumsPerPlayer(Map<String, String> row) {
    Map<String, BigFraction> sums = new LinkedHashMap<>();
    row.forEach(
        (column, value) -> {
          if (column.contains(":")) {
            String player = column.substring(0, column.lastIndexOf(':'));
            sums.merge(player, Rationals.parseOrThrow(value), BigFraction::add);
          }
        });
    return List.copyOf(sums.values());
  }
}
