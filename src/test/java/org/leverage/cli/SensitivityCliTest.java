package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code leverage sensitivity}: outputs and their contracts, determinism across thread counts, the
 * game-file path, and every bad specification (exit code and message). Scenarios run on a 21 x 11
 * grid ({@link #SMALL}) so that the sweeps stay fast.
 */
class SensitivityCliTest {

  private static final String BASELINE = "games/chip-export-controls.yaml";
  private static final String HAWK = "games/hawk-world.yaml";

  private static final List<String> SMALL =
      List.of("--set", "self_sufficiency0=0.05", "--set", "grid_s=21", "--set", "grid_e=11");

  /** {@code sensitivity FILE} on the small grid with {@code args}. */
  private static CliTest.Run small(String file, String... args) {
    List<String> words = new ArrayList<>(List.of("sensitivity", file));
    words.addAll(SMALL);
    words.addAll(List.of(args));
    return CliTest.run(words.toArray(String[]::new));
  }

  /** Nothing but the warnings of the small grid's --set on standard error: no progress bar. */
  private static void assertOnlyGridWarnings(CliTest.Run r) {
    assertEquals(0, r.exitCode(), r.err());
    for (String line : r.err().lines().toList()) {
      assertTrue(line.startsWith("leverage: warning: --set grid_"), r.err());
    }
  }

  @Test
  void thresholdAndTornadoText() {
    CliTest.Run r = small(HAWK, "--threshold", "erosion", "--tornado", "--points", "5");
    assertOnlyGridWarnings(r);
    assertTrue(r.out().startsWith("Scenario: hawk-world"), r.out());
    assertTrue(r.out().contains("Base: FULL_DECOUPLING preferred"), r.out());
    assertTrue(r.out().contains("  break-even erosion = 0.034"), r.out());
    assertTrue(r.out().contains("FULL_DECOUPLING below"), r.out());
    assertTrue(r.out().contains("Tornado: US advantage"), r.out());
    assertTrue(r.out().contains("erosion *"), "erosion crosses the break-even: " + r.out());
  }

  @Test
  void jsonHasTheDocumentedMembersInOrder() {
    CliTest.Run r =
        small(
            BASELINE,
            "--format",
            "json",
            "--oneway",
            "erosion",
            "--tornado",
            "--threshold",
            "indigenize_effect",
            "--twoway",
            "erosion,indigenize_effect",
            "--points",
            "3",
            "--vary",
            "tau_targeted=0.2:0.4");
    assertOnlyGridWarnings(r);
    List<String> members =
        r.out().lines().filter(l -> l.matches("^  \"[a-z]+\" : .*")).map(String::strip).toList();
    assertEquals(6, members.size(), members.toString());
    String[] expected = {"scenario", "base", "oneway", "tornado", "thresholds", "twoway"};
    for (int i = 0; i < expected.length; i++) {
      assertTrue(members.get(i).startsWith("\"" + expected[i] + "\""), members.toString());
    }
    assertTrue(r.out().contains("\"scenario\" : \"chip-export-controls\""));
    assertTrue(r.out().contains("\"outcome\" : \"us_advantage_of_strategic_dependency\""));
    assertTrue(r.out().contains("\"parameter\" : \"tau_targeted\""), "the tornado uses --vary");
  }

  @Test
  void onlyVaryIsAOneWayAnalysisAndCsvPrintsItsTable() {
    CliTest.Run r = small(BASELINE, "--vary", "erosion=0.1:0.3:3", "--format", "csv");
    assertOnlyGridWarnings(r);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).startsWith("erosion,base,preferred,us_advantage,"), lines.get(0));
    assertEquals(5, lines.size(), r.out()); // header, 0.1, 0.18 (base), 0.2, 0.3
    assertTrue(lines.get(2).startsWith("0.18,true,STRATEGIC_DEPENDENCY,"), lines.get(2));
  }

  @Test
  void outputIsByteIdenticalForOneAndSeveralThreads() {
    String[] args = {
      "--format",
      "json",
      "--oneway",
      "erosion",
      "--threshold",
      "erosion",
      "--twoway",
      "erosion,crisis_hazard",
      "--points",
      "4",
      "--vary",
      "erosion=0:0.1"
    };
    List<String> one = new ArrayList<>(List.of(args));
    one.addAll(List.of("--threads", "1"));
    List<String> three = new ArrayList<>(List.of(args));
    three.addAll(List.of("--threads", "3"));
    CliTest.Run a = small(HAWK, one.toArray(String[]::new));
    CliTest.Run b = small(HAWK, three.toArray(String[]::new));
    assertOnlyGridWarnings(a);
    assertEquals(a.out(), b.out());
  }

  @Test
  void reportWritesResultsAndOneCsvPerAnalysis(@TempDir Path dir) throws Exception {
    CliTest.Run r =
        small(
            BASELINE,
            "--oneway",
            "erosion",
            "--threshold",
            "erosion",
            "--twoway",
            "erosion,indigenize_effect",
            "--points",
            "3",
            "--report",
            dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(Files.readString(dir.resolve("results.json")).contains("\"thresholds\""));
    assertTrue(Files.readString(dir.resolve("oneway-erosion.csv")).startsWith("erosion,base,"));
    assertTrue(Files.readString(dir.resolve("threshold-erosion.csv")).startsWith("parameter,"));
    assertTrue(
        Files.readString(dir.resolve("twoway-erosion-indigenize_effect.csv"))
            .startsWith("erosion,indigenize_effect,preferred,us_advantage"));
  }

  @Test
  void reportHasASelfContainedPageWithAChartPerOneWayTornadoAndTwoWay(@TempDir Path dir)
      throws Exception {
    List<String> args =
        List.of(
            "--oneway",
            "erosion",
            "--points",
            "3",
            "--tornado",
            "--threshold",
            "erosion",
            "--twoway",
            "erosion,indigenize_effect");
    List<String> words = new ArrayList<>(args);
    words.addAll(List.of("--report", dir.toString()));
    CliTest.Run r = small(HAWK, words.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    List<String> charts =
        List.of(
            "chart-oneway-erosion.svg",
            "chart-tornado.svg",
            "chart-twoway-erosion-indigenize_effect.svg");
    String html = Files.readString(dir.resolve("report.html"));
    assertEquals(charts.size(), count(html, "<svg"), "one inline chart per chart");
    for (String chart : charts) {
      String id = chart.substring(0, chart.length() - ".svg".length());
      assertEquals(1, count(html, "<svg id='" + id + "'"), id);
    }
    assertFalse(
        Pattern.compile("(?i)\\b(src|href)\\s*=\\s*['\"]?\\s*(https?:|//)").matcher(html).find(),
        "nothing fetched");
    // The command as typed: the options in their order, then the file.
    List<String> command = new ArrayList<>(List.of("leverage", "sensitivity"));
    command.addAll(SMALL);
    command.addAll(args);
    command.add(HAWK);
    assertTrue(html.contains("<pre><code>" + String.join(" ", command) + "</code></pre>"), html);
    assertTrue(html.contains("Scenario hawk-world."), "scenario name");
    assertTrue(html.contains("<th>erosion \\ indigenize_effect</th>"), "policy map");
    assertTrue(html.contains("<th class=\"num\">break-even erosion</th>"), "threshold table");
    assertTrue(html.contains("<th>preferred low/base/high</th>"), "tornado table");
    assertFalse(html.contains("<th>bar</th>"), "the chart replaces the text's # bars");
    long gridPoints =
        Files.readAllLines(dir.resolve("twoway-erosion-indigenize_effect.csv")).size() - 1;
    String map = Files.readString(dir.resolve("chart-twoway-erosion-indigenize_effect.svg"));
    Matcher block =
        Pattern.compile("<rect [^>]*fill:rgb\\((213,94,0|0,114,178|187,187,187)\\)[^>]*>")
            .matcher(map);
    int blocks = 0;
    while (block.find()) {
      blocks++;
    }
    assertEquals(gridPoints, blocks, "one block per grid point, in its regime's colour");
    assertTrue(map.contains(">erosion<"), "the horizontal axis is named by its parameter");
    String md = Files.readString(dir.resolve("report.md"));
    Matcher image = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
    List<String> linked = new ArrayList<>();
    while (image.find()) {
      linked.add(image.group(1));
    }
    assertEquals(charts, linked);
    for (String svg : linked) {
      assertTrue(
          Files.readString(dir.resolve(svg))
              .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "),
          svg);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /**
   * The row player's payoff at (A, L) is varied: the column player always plays L, so the pure
   * equilibrium (A, L) appears, and (B, L) vanishes, at exactly 2.
   */
  @Test
  void aGameFileShowsWhereItsEquilibriaChange(@TempDir Path dir) throws Exception {
    Path game = dir.resolve("appears.yaml");
    Files.writeString(
        game,
        """
        version: 1
        type: normal-form
        players:
          - name: Row
            strategies: [A, B]
          - name: Column
            strategies: [L, R]
        payoffs:
          A: {L: [5, 1], R: [0, 0]}
          B: {L: [2, 1], R: [0, 0]}
        """);
    CliTest.Run r =
        CliTest.run(
            "sensitivity", game.toString(), "--vary", "payoffs.A.L.0=0:10:4", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("\"precisionExact\" : \"1/100000\""), r.out());
    CliTest.Run text =
        CliTest.run("sensitivity", game.toString(), "--vary", "payoffs.A.L.0=0:10:4");
    assertTrue(
        text.out()
            .contains(
                "between 1.999995 and 2.000001: 1 equilibrium, support {B} x {L} -> 1"
                    + " equilibrium, support {A} x {L}"),
        text.out());
  }

  /** Each case's options on {@code file}: exit code 2 and one line starting with its message. */
  private static void assertUsageErrors(String file, String[][] cases, String[] expected) {
    for (int i = 0; i < cases.length; i++) {
      List<String> words = new ArrayList<>(List.of("sensitivity", file));
      words.addAll(List.of(cases[i]));
      CliTest.Run r = CliTest.run(words.toArray(String[]::new));
      String what = String.join(" ", cases[i]) + ": " + r.err();
      assertEquals(2, r.exitCode(), what);
      assertEquals(1, r.err().lines().count(), what);
      assertTrue(r.err().startsWith("leverage: " + expected[i]), what);
    }
  }

  @Test
  void badSpecificationsAreUsageErrors() {
    String[][] cases = {
      {"--vary", "erosion=0.3:0.1"},
      {"--vary", "erosion=0:2"},
      {"--vary", "erosio=0:1"},
      {"--oneway", "erosio"},
      {"--threshold", "erosio"},
      {"--vary", "erosion=0:1:0"},
      {"--vary", "erosion=0:1:-3"},
      {"--oneway", "erosion", "--points", "0"},
      {"--oneway", "erosion", "--points", "-1"},
      {"--vary", "erosion=0:1:x"},
      {"--vary", "erosion=0"},
      {"--vary", "erosion=a:1"},
      {"--vary", "horizon_periods=0:10"},
      {"--twoway", "erosion,erosion"},
      {"--twoway", "erosion"},
      {"--oneway", "erosion", "--oneway", "erosion"},
      {"--oneway", "erosion", "--tornado", "--format", "csv"},
      {"--oneway", "erosion", "--threads", "0"},
      {"--oneway", "erosion", "--threads", String.valueOf(WorkerThreads.max() + 1)},
      {"--set", "erosion=2", "--tornado"},
      {"--format", "json"},
      {"--threshold", "erosion", "--vary", "tau_targeted=0.2:0.4"},
    };
    String[] expected = {
      "--vary erosion=0.3:0.1: low 0.3 must not exceed high 0.1",
      "--vary erosion=0:2: erosion must be in [0, 1] but was 2",
      "--vary erosio=0:1: unknown parameter \"erosio\"; expected one of period_years,",
      "--oneway erosio: unknown parameter \"erosio\"",
      "--threshold erosio: unknown parameter \"erosio\"",
      "--vary erosion=0:1:0: points must be at least 2 but was 0",
      "--vary erosion=0:1:-3: points must be at least 2 but was -3",
      "--points must be at least 2 but was 0",
      "--points must be at least 2 but was -1",
      "--vary erosion=0:1:x: N must be a whole number but was \"x\"",
      "--vary expects KEY=LOW:HIGH or KEY=LOW:HIGH:N but was \"erosion=0\"",
      "--vary erosion=a:1: the value must be a decimal number but was \"a\"",
      "--vary horizon_periods=0:10: horizon_periods must be a whole number in [1, 2000] but was 0",
      "--twoway erosion,erosion: the two parameters must differ but both are erosion",
      "--twoway expects KEY1,KEY2 but was \"erosion\"",
      "--oneway erosion is given twice",
      "--format csv prints the table of one analysis but 2 were asked for",
      "--threads must be between 1 and "
          + WorkerThreads.max()
          + " (4 per available processor) but was 0",
      "--threads must be between 1 and "
          + WorkerThreads.max()
          + " (4 per available processor) but was "
          + (WorkerThreads.max() + 1),
      "--set erosion=2: erosion must be in [0, 1] but was 2",
      "nothing to analyse: give --oneway KEY",
      "--vary tau_targeted=0.2:0.4: no analysis asked for varies tau_targeted; add --oneway",
    };
    assertUsageErrors(BASELINE, cases, expected);
  }

  @Test
  void badGameFileSpecificationsAreUsageErrors() {
    String game = "games/us-china-chip-stage.yaml";
    String[][] cases = {
      {"--tornado"},
      {"--vary", "payoffs.TARGETED.CHEAT.0=0:1"},
      {"--vary", "payoffs.TARGETED.DEPEND.0=2:1"},
      {"--vary", "payoffs.TARGETED.DEPEND.0=0:x"},
      {"--vary", "payoffs.TARGETED.DEPEND.0=0:1", "--vary", "payoffs.FULL.DEPEND.0=0:1"},
    };
    String[] expected = {
      game + " is a game, not a scenario: --oneway, --tornado",
      "--vary payoffs.TARGETED.CHEAT.0=0:1: no payoff \"payoffs.TARGETED.CHEAT.0\"; expected",
      "--vary payoffs.TARGETED.DEPEND.0=2:1: low 2 must not exceed high 1",
      "--vary payoffs.TARGETED.DEPEND.0=0:x: HIGH must be a number (2, -0.5, 7/3) but was \"x\"",
      "a game file takes exactly one --vary",
    };
    assertUsageErrors(game, cases, expected);
    CliTest.Run tree = CliTest.run("sensitivity", "games/entry-deterrence.yaml", "--tornado");
    assertEquals(2, tree.exitCode(), tree.err());
    assertTrue(tree.err().contains("sensitivity needs a scenario"), tree.err());
  }

  @Test
  void aBrokenScenarioIsAnInvalidFile(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        Files.readString(Path.of(BASELINE))
            .replace("erosion: {value: 0.18", "erosion: {value: 1.8"));
    CliTest.Run r = CliTest.run("sensitivity", broken.toString(), "--tornado");
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("leverage: " + broken + ":"), r.err());
    assertTrue(r.err().contains("erosion must be in [0, 1] but was 1.8"), r.err());
    assertEquals(1, r.err().lines().count());
  }
}
