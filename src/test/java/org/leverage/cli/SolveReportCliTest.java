package org.leverage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.leverage.cli.CliTest.Run;

/** {@code leverage solve --report DIR}, in-process. */
class SolveReportCliTest {

  private static final String EXPORT = "games/export-control-dynamic.yaml";
  private static final String STOCHASTIC = "games/stochastic-prisoners-dilemma.yaml";

  @TempDir Path dir;

  @Test
  void writesTheReportBesideThePrintedResults() throws Exception {
    Path report = dir.resolve("report");
    Run r = CliTest.run("solve", EXPORT, "--report", report.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("Dynamic game: "), "text on standard output as without it");
    assertTrue(r.err().contains("report written to " + report), r.err());
    for (String file :
        List.of(
            "results.json",
            "path-states.csv",
            "path-actions.csv",
            "report.html",
            "report.md",
            "chart-states.svg",
            "chart-payoffs.svg",
            "chart-actions-1.svg",
            "chart-actions-2.svg")) {
      assertTrue(Files.size(report.resolve(file)) > 0, file);
    }
    assertTrue(read(report.resolve("report.md")).contains("leverage solve " + EXPORT), "command");
  }

  /** results.json is byte for byte what --format json prints, with the same number options. */
  @ParameterizedTest
  @CsvSource({
    "games/export-control-dynamic.yaml, ''",
    "games/export-control-dynamic.yaml, --decimals=3",
    "games/export-control-dynamic.yaml, --exact",
    "games/stochastic-prisoners-dilemma.yaml, ''",
    "games/stochastic-prisoners-dilemma.yaml, --decimals=3"
  })
  void resultsJsonIsTheJsonOutput(String game, String numbers) throws Exception {
    List<String> options = numbers.isEmpty() ? List.of() : List.of(numbers);
    Path report = dir.resolve("report");
    Run json = CliTest.run(args(game, options, "--format", "json"));
    Run withReport = CliTest.run(args(game, options, "-q", "--report", report.toString()));
    assertEquals(0, json.exitCode(), json.err());
    assertEquals(0, withReport.exitCode(), withReport.err());
    assertEquals("", withReport.err(), "-q drops the note");
    assertEquals(json.out(), read(report.resolve("results.json")));
  }

  @Test
  void theReportsCommandRepeatsTheOptionsThatShapeTheResults() throws Exception {
    Path report = dir.resolve("report");
    Run r =
        CliTest.run(
            "solve",
            STOCHASTIC,
            "--periods",
            "12",
            "-d",
            "4",
            "--format",
            "csv",
            "--report",
            report.toString());
    assertEquals(0, r.exitCode(), r.err());
    String md = read(report.resolve("report.md"));
    assertTrue(md.contains("\nleverage solve --periods 12 --decimals 4 " + STOCHASTIC + "\n"), md);
    assertEquals(14, read(report.resolve("path-states.csv")).lines().count(), "header, 0..12");
    assertTrue(read(report.resolve("path-states.csv")).contains("\n12,0.7143,0.2857\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "games/prisoners-dilemma.nfg",
        "games/entry-deterrence.efg",
        "games/repeated-prisoners-dilemma.yaml"
      })
  void otherGamesHaveNoReport(String game) {
    Path report = dir.resolve("report");
    Run r = CliTest.run("solve", game, "--report", report.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(
        r.err().contains("solve --report applies to dynamic games (YAML type: dynamic)"), r.err());
    assertTrue(r.err().contains(game), r.err());
    assertEquals("", r.out(), "refused before anything is solved");
    assertFalse(Files.exists(report));
  }

  /**
   * Ten states that never move, the initial distribution 1/55 .. 10/55: the state chart shows the
   * eight most likely; the CSV has them all.
   */
  @Test
  void stateChartShowsTheEightMostLikelyOfManyStates() throws Exception {
    String states =
        IntStream.range(0, 10)
            .mapToObj(
                i ->
                    "  s"
                        + i
                        + ":\n    payoffs: {x: {y: [1, 1]}}\n    transition: {s"
                        + i
                        + ": 1}\n")
            .collect(Collectors.joining());
    String initial =
        IntStream.range(0, 10)
            .mapToObj(i -> "s" + i + ": " + (i + 1) + "/55")
            .collect(Collectors.joining(", "));
    Path game = dir.resolve("ten.yaml");
    Files.writeString(
        game,
        "version: 1\ntype: dynamic\nplayers: [A, B]\ndiscount: 0.9\nhorizon: 3\n"
            + "timing: simultaneous\ninitial_distribution: {"
            + initial
            + "}\nactions: {A: [x], B: [y]}\nstates:\n"
            + states,
        StandardCharsets.UTF_8);
    Path report = dir.resolve("report");
    Run r = CliTest.run("solve", game.toString(), "--report", report.toString());
    assertEquals(0, r.exitCode(), r.err());
    String svg = read(report.resolve("chart-states.svg"));
    assertTrue(svg.contains("State probabilities (the 8 most likely states of 10)"), svg);
    for (int i = 0; i < 10; i++) {
      assertEquals(i >= 2, svg.contains(">s" + i + "<"), "s" + i);
    }
    assertEquals(
        "period,s0,s1,s2,s3,s4,s5,s6,s7,s8,s9",
        read(report.resolve("path-states.csv")).lines().findFirst().orElseThrow());
  }

  private static String[] args(String game, List<String> options, String... more) {
    List<String> words = new ArrayList<>(List.of("solve", game));
    words.addAll(options);
    words.addAll(List.of(more));
    return words.toArray(String[]::new);
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
